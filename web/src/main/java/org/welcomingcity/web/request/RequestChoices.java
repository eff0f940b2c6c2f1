package org.welcomingcity.web.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.welcomingcity.ordinance.entity.Consent;
import org.welcomingcity.ordinance.entity.Custody;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.ordinance.entity.Purpose;
import org.welcomingcity.ordinance.entity.RequestedAction;
import org.welcomingcity.request.entity.Agency;
import org.welcomingcity.request.entity.Channel;
import org.welcomingcity.request.entity.IdentityCheck;
import org.welcomingcity.request.entity.RequestState;
import org.welcomingcity.review.control.ReviewSettings;
import org.welcomingcity.review.entity.DisclosureItem;

/** The choices the request pages offer, and times shown in the city's own time zone. */
@Named
@ApplicationScoped
public class RequestChoices {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    @Inject
    ReviewSettings settings;

    /** A moment as people at the desk read it: local date and time with the zone's abbreviation. */
    public String time(OffsetDateTime moment) {
        return moment == null ? "" : SHOWN.format(moment.atZoneSameInstant(settings.zone()));
    }

    public Agency[] getAgencies() { return Agency.values(); }
    public Channel[] getChannels() { return Channel.values(); }
    public IdentityCheck[] getIdentityChecks() { return IdentityCheck.values(); }
    public DocumentType[] getDocumentTypes() { return DocumentType.values(); }
    public RequestedAction[] getActions() { return RequestedAction.values(); }
    public Purpose[] getPurposes() { return Purpose.values(); }
    public Consent[] getConsents() { return Consent.values(); }
    public Custody[] getCustodies() { return Custody.values(); }
    public RequestState[] getStates() { return RequestState.values(); }
    public DisclosureItem[] getDisclosureItems() { return DisclosureItem.values(); }
}
