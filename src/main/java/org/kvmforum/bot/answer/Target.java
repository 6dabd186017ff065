package org.kvmforum.bot.answer;

/** What a question about sessions asks to be told. */
enum Target {
    /** Who gave it: "who presented virtio-scsi?" */
    SPEAKER,
    /** Which session, or what it was about: "what was Andrea's talk about?", "which talk covered NUMA?" */
    SESSION,
    /** Its slides: "where can I get the VFIO slides?" */
    SLIDES,
    /** When it was: "when was the VFIO talk?", "what day did Avi speak?" */
    TIME,
    /** Several sessions: "which talks were on day 2 in the morning?" */
    LIST,
    /** How many: "how many keynotes were there?" */
    COUNT
}
