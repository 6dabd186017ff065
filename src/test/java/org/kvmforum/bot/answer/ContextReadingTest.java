package org.kvmforum.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kvmforum.bot.library.Library;

class ContextReadingTest {
    private static ContextReading reading;

    /** Marks the clause it was given, so a test sees which clauses were the asker's. */
    private static final UnaryOperator<String> MARKED = clause -> "<" + clause + ">";

    @BeforeAll
    static void load() throws Exception {
        Library library = Library.load(Path.of("content"));
        reading = new ContextReading(new QuestionReader(library.model(), library.people()),
                library.sessions().topics());
    }

    @Test
    void theAskersOwnClausesAreCutAndOthersKept() {
        assertEquals("<Our group covers the POWER7 port this week>. someone said it was at the forum. Who gave that talk?",
                reading.withAskersClausesReduced("Our group covers the POWER7 port this week, and someone said it was"
                        + " at the forum. Who gave that talk?", "Who gave that talk?", MARKED));
    }

    @Test
    void aClauseJoinedOnWithoutASubjectIsStillTheAskers() {
        assertEquals("<I follow Gerd's work>. <would like to watch his talk>. Which was it?",
                reading.withAskersClausesReduced("I follow Gerd's work and would like to watch his talk. Which was it?",
                        "Which was it?", MARKED));
    }

    @Test
    void whatTheAskerRemembersOrWasToldIsAboutTheEvent() {
        assertEquals("I recall the dinner being hosted by Jim. Was it him?",
                reading.withAskersClausesReduced("I recall the dinner being hosted by Jim. Was it him?", "Was it him?",
                        MARKED));
    }

    @Test
    void aQuestionEmbeddedInTheAskersClauseIsKeptFromItsQuestionWord() {
        assertEquals("<We use AHCI at work>. who originally pitched it. Was it one person?",
                reading.withAskersClausesReduced("We use AHCI at work and I'd like to know who originally pitched it."
                        + " Was it one person?", "Was it one person?", MARKED));
    }

    @Test
    void aQuestionWithoutContextIsLeftAsItIs() {
        assertEquals("Who gave the AHCI talk?",
                reading.withAskersClausesReduced("Who gave the AHCI talk?", "Who gave the AHCI talk?", MARKED));
    }
}
