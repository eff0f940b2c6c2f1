package org.welcomingcity.letters.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything a response letter says. Only the kind is required: any other value left null
 * prints as nothing, so a letter can still go out when, say, the agent gave no name.
 *
 * @param reference the city's reference of the request, such as WC-2026-000123
 * @param component the agency's office, such as Enforcement and Removal Operations
 * @param asks what the agency asked for, in plain words, one entry each
 * @param cityName null or blank for the city of the setting {@code welcoming.city.name}
 */
public record LetterContent(
        LetterKind kind,
        String reference,
        String agency,
        String component,
        String agentName,
        LocalDate receivedOn,
        String documentType,
        String formNumber,
        List<String> asks,
        List<CitedRule> citations,
        String reason,
        String signerName,
        String signerTitle,
        String cityName,
        LocalDate letterDate) {

    public LetterContent {
        Objects.requireNonNull(kind, "kind");
        asks = asks == null ? List.of() : asks.stream().filter(Objects::nonNull).toList();
        citations = citations == null ? List.of() : citations.stream().filter(Objects::nonNull).toList();
    }

    public LetterContent withCityName(String name) {
        return new LetterContent(kind, reference, agency, component, agentName, receivedOn, documentType, formNumber,
                asks, citations, reason, signerName, signerTitle, name, letterDate);
    }
}
