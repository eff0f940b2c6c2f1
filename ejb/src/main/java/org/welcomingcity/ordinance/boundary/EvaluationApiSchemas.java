package org.welcomingcity.ordinance.boundary;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.welcomingcity.ordinance.entity.Consent;
import org.welcomingcity.ordinance.entity.Custody;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.ordinance.entity.Outcome;
import org.welcomingcity.ordinance.entity.Purpose;
import org.welcomingcity.ordinance.entity.RequestedAction;

/**
 * The JSON schemas of the evaluation API's bodies, written from the Java types. Payara's
 * generator scans only the WAR, so it renders these values as untyped objects without their
 * enum values; the REST resources refer to the schemas below by name instead. Registered as
 * {@code mp.openapi.filter} in the config module: Payara loads the filter with the EAR's class
 * loader, which sees this module but not the WAR.
 */
public class EvaluationApiSchemas implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        Components components = api.getComponents();
        List.of("PackSummary", "FiredRule", "Facts", "SubjectHistory").forEach(components::removeSchema);
        components.addSchema("EvaluationRequest", facts("The facts of one ask. There is no field for a person's "
                + "citizenship or immigration status; unknown fields are refused.")
                .required(List.of("documentType", "action", "purpose")));
        components.addSchema("Evaluation", object("What the law says, with every rule that fired", Map.of(
                "outcome", choice(Outcome.class, "The most restrictive outcome of the rules that fired"),
                "packs", array(text("id@version"), "The rule packs applied"),
                "rules", array(object("A rule that fired", Map.of("id", text("Rule id"), "pack", text("Pack id"),
                        "citation", text("The provision, as a lawyer cites it"), "outcome", choice(Outcome.class, null),
                        "explanation", text("Plain words for the agent")), null), "Every rule that fired"),
                "explanation", text("Plain words an officer can read to the agent"),
                "facts", facts("The facts evaluated, with the defaults applied")), null));
        components.addSchema("RulePack", object("One law in one version", Map.of("id", text(null), "version",
                text("Revision of the pack's data"), "title", text(null), "jurisdiction", text(null),
                "effectiveFrom", date("First day in force"), "effectiveTo", date("Last day in force; null: no end")
                        .nullable(true),
                "appliesToCustody", array(choice(Custody.class, null), "The custody kinds the pack applies to"),
                "ruleCount", OASFactory.createSchema().type(SchemaType.INTEGER)), null));
        components.addSchema("RulePacks", array(OASFactory.createSchema().ref("RulePack"), "Every pack, in the order they apply"));
        components.addSchema("Problem", object("Why the request was refused", Map.of(
                "status", OASFactory.createSchema().type(SchemaType.INTEGER),
                "message", text("Starts with the field at fault")), null));
    }

    private static Schema facts(String description) {
        Schema subject = object("Records-check facts used only by the 2012 carve-outs; each false when left out",
                Map.of("outstandingCriminalWarrant", flag(), "felonyConviction", flag(), "pendingFelonyCharge", flag(),
                        "gangDatabase", flag()), null);
        return object(description, Map.of("eventDate", date("Day of the event; default: today in the city"),
                "documentType", choice(DocumentType.class, "What the agency presented"),
                "action", choice(RequestedAction.class, "What the agency asks the police to do"),
                "purpose", choice(Purpose.class, "The purpose the agency states"),
                "consent", choice(Consent.class, "Written consent to share status information").defaultValue("NONE"),
                "subject", subject,
                "custody", choice(Custody.class, "Who holds the person").defaultValue("CPD")), false);
    }

    private static Schema object(String description, Map<String, Schema> properties, Boolean additional) {
        Schema schema = OASFactory.createSchema().type(SchemaType.OBJECT).description(description);
        properties.keySet().stream().sorted().forEach(name -> schema.addProperty(name, properties.get(name)));
        return additional == null ? schema : schema.additionalPropertiesBoolean(additional);
    }

    private static Schema choice(Class<? extends Enum<?>> type, String description) {
        return text(description).enumeration(Arrays.stream(type.getEnumConstants()).map(value -> (Object) value.name()).toList());
    }

    private static Schema date(String description) {
        return text(description).format("date");
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().type(SchemaType.STRING).description(description);
    }

    private static Schema flag() {
        return OASFactory.createSchema().type(SchemaType.BOOLEAN);
    }

    private static Schema array(Schema items, String description) {
        return OASFactory.createSchema().type(SchemaType.ARRAY).items(items).description(description);
    }
}
