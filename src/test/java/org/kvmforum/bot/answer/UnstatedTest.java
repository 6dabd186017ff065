package org.kvmforum.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kvmforum.bot.library.Library;

/** Which kind of fact the post never gives a question asks for, read from the real post's model. */
class UnstatedTest {
    private final QuestionReader reader;

    UnstatedTest() throws Exception {
        Library library = Library.load(Path.of("content"));
        reader = new QuestionReader(library.model(), library.people());
    }

    private Unstated kind(String question) {
        return Unstated.askedIn(reader.read(question), Set.of(2011));
    }

    @Test
    void aRolePutUpByItsOwnVerbIsARole() {
        assertEquals(Unstated.ROLES, kind("Kevin Wolf maintains the QEMU block layer, doesn't he?"));
        assertEquals(Unstated.ROLES, kind("Juan Quintela is the QEMU migration maintainer, right?"));
    }

    @Test
    void aRoleInWhatSomeoneSaidIsNotAskedOfThem() {
        assertNotEquals(Unstated.ROLES, kind("According to Anthony's keynote, QEMU is doing well because of"
                + " sub-maintainers sending pull requests?"));
    }

    @Test
    void freeOfChargeIsMoneyButFreeAsATopicIsNot() {
        assertEquals(Unstated.MONEY, kind("was the forum free for LinuxCon attendees?"));
        assertNotEquals(Unstated.MONEY, kind("who talked about free page hinting?"));
        assertNotEquals(Unstated.MONEY, kind("Who is to blame, by his own admission, for the device assignment code?"));
    }

    @Test
    void aFoundingPutUpAsABeliefIsAnOrigin() {
        assertEquals(Unstated.ORIGINS, kind("the Open Virtualization Alliance was founded by IBM and Red Hat, right?"));
    }

    @Test
    void aRoleNamedAloneInAFewWordsAsksWhoHoldsIt() {
        assertEquals(Unstated.ROLES, kind("spice project maintainer"));
        assertNotEquals(Unstated.ROLES, kind("memory management talk speaker"));
    }
}
