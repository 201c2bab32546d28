package fr.spyrales.support;

import fr.spyrales.common.news.CommunityNews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** Hears every {@link CommunityNews} fired during the test run, with whether a transaction was running. */
@ApplicationScoped
public class NewsRecorder {
    public record Heard(CommunityNews news, boolean inTransaction) {}

    private final List<Heard> heard = new CopyOnWriteArrayList<>();
    private final TransactionSynchronizationRegistry transactions;

    NewsRecorder(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    void record(@Observes CommunityNews news) {
        heard.add(new Heard(news, transactions.getTransactionKey() != null));
    }

    /** What was heard about this subject (an event, a resource…), in order. */
    public List<Heard> about(UUID subjectId) {
        return heard.stream()
                .filter(h -> h.news().subjectId().equals(subjectId))
                .toList();
    }

    public List<CommunityNews.Type> typesAbout(UUID subjectId) {
        return about(subjectId).stream().map(h -> h.news().type()).toList();
    }
}
