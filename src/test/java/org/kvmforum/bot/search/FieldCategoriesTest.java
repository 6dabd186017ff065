package org.kvmforum.bot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldCategoriesTest {
    private final FieldCategories parsed = FieldCategories.parse(List.of(
            "# a comment",
            "",
            "storage disk block: block disk scsi ahci",
            "network net: network nic"));

    @Test
    void aSubjectNamedByItsHeadsGivesItsParts() {
        assertEquals(java.util.Set.of(Stems.of("block"), Stems.of("disk"), Stems.of("scsi"), Stems.of("ahci")),
                parsed.membersOf(List.of("storage", "block", "layer")));
    }

    @Test
    void aWordOfAnotherSubjectOrOfNoneNamesNoList() {
        assertTrue(parsed.membersOf(List.of("storage", "network")).isEmpty(), "two subjects are no one list");
        assertTrue(parsed.membersOf(List.of("storage", "windows")).isEmpty(), "a word beside the subject narrows it");
        assertTrue(parsed.membersOf(List.of("stuff")).isEmpty(), "no head, no subject");
        assertTrue(parsed.membersOf(List.of()).isEmpty());
    }

    @Test
    void thePartsDoNotNameTheSubject() {
        // "any talk on SATA?" asks for that part, not for every storage talk.
        assertTrue(parsed.membersOf(List.of("ahci")).isEmpty());
    }

    @Test
    void aLineWithoutHeadsAndMembersIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> FieldCategories.parse(List.of("storage block scsi")));
        assertTrue(e.getMessage().contains("heads: members"), e.getMessage());
    }

    @Test
    void theShippedSubjectsLoad() {
        assertTrue(FieldCategories.load().membersOf(List.of("storage")).contains(Stems.of("scsi")));
    }
}
