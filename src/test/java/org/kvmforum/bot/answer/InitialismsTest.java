package org.kvmforum.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kvmforum.bot.library.Library;

class InitialismsTest {
    private final Initialisms initialisms;

    InitialismsTest() throws Exception {
        initialisms = new Initialisms(Library.load(Path.of("content")).model(), Set.of("pmu"));
    }

    @Test
    void theInitialsOfALongerNameOfThePostStandForIt() {
        assertEquals("Open Virtualization Alliance website?", initialisms.spelt("ova website?"));
        assertEquals("who founded the Open Virtualization Alliance's group",
                initialisms.spelt("who founded the OVA's group"));
    }

    @Test
    void aWordThePostWritesItselfIsLeftAsItIs() {
        assertEquals("what did Avi say of the PMU?", initialisms.spelt("what did Avi say of the PMU?"));
    }

    @Test
    void wordsThatAreNoInitialsAreLeftAsTheyAre() {
        assertEquals("who gave the virtio-scsi talk?", initialisms.spelt("who gave the virtio-scsi talk?"));
    }

    @Test
    void theEventsNameIsShortenedToItsInitialsAndYear() {
        assertEquals("where was KVM Forum 2011", initialisms.spelt("where was kf11"));
        assertEquals("KVM Forum 2011 keynotes?", initialisms.spelt("kf2011 keynotes?"));
        assertEquals("the KVM Forum BOFs", initialisms.spelt("the kf BOFs"));
        assertEquals("kf12 talks", initialisms.spelt("kf12 talks")); // a year the model has no event for
        assertEquals("where was KVM Forum 2011", initialisms.spelt("where was kvmforum2011"));
        assertEquals("KVM Forum keynotes", initialisms.spelt("kvmforum keynotes"));
    }
}
