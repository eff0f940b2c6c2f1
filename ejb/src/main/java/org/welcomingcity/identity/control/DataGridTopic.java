package org.welcomingcity.identity.control;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.welcomingcity.grid.DataGrid;

/**
 * The changed accounts' names, published to the other instances of the application through
 * Payara's Data Grid ({@link DataGrid}). Without a Data Grid
 * (a single instance with it switched off) the application works alone and says so once.
 */
final class DataGridTopic {

    static final String TOPIC = "welcoming.account-changes";
    private static final Logger LOG = Logger.getLogger(DataGridTopic.class.getName());

    private final ITopic<String> topic;
    private final UUID listener;

    private DataGridTopic(ITopic<String> topic, UUID listener) {
        this.topic = topic;
        this.listener = listener;
    }

    /** Listens for the other instances' changes, handing each account name to {@code changedElsewhere}. */
    static DataGridTopic join(Consumer<String> changedElsewhere) {
        try {
            HazelcastInstance grid = DataGrid.find()
                    .orElseThrow(() -> new IllegalStateException(DataGrid.JNDI_NAME + " is not bound"));
            ITopic<String> topic = grid.getTopic(TOPIC);
            UUID listener = topic.addMessageListener(message -> {
                if (!message.getPublishingMember().localMember()) {
                    changedElsewhere.accept(message.getMessageObject());
                }
            });
            return new DataGridTopic(topic, listener);
        } catch (RuntimeException unavailable) {
            LOG.log(Level.INFO, "No Data Grid: account changes end remembered log-ons on this instance only",
                    unavailable);
            return new DataGridTopic(null, null);
        }
    }

    void publish(String account) {
        if (topic == null) {
            return;
        }
        try {
            topic.publish(account);
        } catch (RuntimeException notDelivered) {
            LOG.log(Level.WARNING, "Could not tell the other instances that an account changed", notDelivered);
        }
    }

    void leave() {
        if (topic != null) {
            try {
                topic.removeMessageListener(listener);
            } catch (RuntimeException alreadyGone) {
                LOG.log(Level.FINE, "The Data Grid stopped first", alreadyGone);
            }
        }
    }
}
