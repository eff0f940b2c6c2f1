package org.welcomingcity.web.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.welcomingcity.ordinance.entity.Consent;
import org.welcomingcity.ordinance.entity.Custody;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.ordinance.entity.Purpose;
import org.welcomingcity.ordinance.entity.RequestedAction;
import org.welcomingcity.personforms.entity.FormLanguage;
import org.welcomingcity.request.entity.Agency;
import org.welcomingcity.request.entity.Channel;
import org.welcomingcity.request.entity.IdentityCheck;
import org.welcomingcity.request.entity.RequestState;
import org.welcomingcity.review.entity.DisclosureItem;

/** The choices the request pages offer. */
@Named
@ApplicationScoped
public class RequestChoices {

    public Agency[] getAgencies() { return Agency.values(); }
    public Channel[] getChannels() { return Channel.values(); }
    public IdentityCheck[] getIdentityChecks() { return IdentityCheck.values(); }
    public DocumentType[] getDocumentTypes() { return DocumentType.values(); }
    public RequestedAction[] getActions() { return RequestedAction.values(); }
    public Purpose[] getPurposes() { return Purpose.values(); }
    public Consent[] getConsents() { return Consent.values(); }
    /** The languages of the city's consent form, as a consent records them (tags). */
    public List<String> getFormLanguages() { return Arrays.stream(FormLanguage.values()).map(FormLanguage::tag).toList(); }
    public Custody[] getCustodies() { return Custody.values(); }
    public RequestState[] getStates() { return RequestState.values(); }
    public DisclosureItem[] getDisclosureItems() { return DisclosureItem.values(); }
}
