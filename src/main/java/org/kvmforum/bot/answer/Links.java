package org.kvmforum.bot.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.Event;
import org.kvmforum.bot.content.Session;
import org.kvmforum.bot.search.SemanticIndex;
import org.kvmforum.bot.search.Token;

/**
 * Links the post gives besides slides, asked for by what they are ("the link to the LWN article", "where's the
 * Open Virtualization Alliance site"), and documents it does not link ("where can I read the spec"), which get no
 * slides in their place; and the link a quoted sentence carries, for a question that asks for one.
 */
final class Links {
    /** Parts of a web address that say nothing about what it is. */
    private static final Set<String> WEB_ADDRESS_PARTS = Set.of("http", "https", "www", "com", "org", "net", "html",
            "htm", "index", "php");

    /** Verbs that ask what a linked page itself concludes. */
    private static final Set<String> LINK_CONTENT_BEYOND_SAYING = Set.of("conclude", "concluded", "concludes",
            "conclusion", "argue", "argued", "argues", "claim", "claimed", "claims", "report", "reported", "reports",
            "verdict");
    /** The same and the verbs of saying, which may instead cite the post ("the post says …, give me that link"). */
    private static final Set<String> LINK_CONTENT = java.util.stream.Stream.concat(
            LINK_CONTENT_BEYOND_SAYING.stream(), java.util.stream.Stream.of("say", "says", "said"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Verbs of getting hold of something to read. */
    private static final Set<String> GETTING = Set.of("read", "find", "get", "download", "access", "grab", "see");

    /** Documents a post may mention without linking them. */
    private static final Set<String> DOCUMENTS = Set.of("spec", "specification", "specs", "paper", "documentation",
            "docs", "code", "source", "patch", "patches", "patchset", "minutes", "notes", "thread", "mailing");

    /** A link's sentence this close in meaning to a question for a page, and no other link's as close, is its. */
    static final float LINK_MATCH = 0.45f;

    /** How much closer the best link's sentence must be than the next link's. */
    static final float LINK_MARGIN = 0.05f;

    private final ContentModel model;
    /** The question's event's sentences closest to it in meaning, best first; empty without the sentence model. */
    private final Function<Question, List<SemanticIndex.Scored<SemanticIndex.PostSentence>>> closest;

    Links(ContentModel model, Function<Question, List<SemanticIndex.Scored<SemanticIndex.PostSentence>>> closest) {
        this.model = model;
        this.closest = closest;
    }

    /**
     * A link of the post's prose other than slides that the question asks for by its text: "link to the Open
     * Virtualization Alliance site", "the lwn article". Every word of the link's text (a web address's name, without
     * its "www" and ending) is in the question, and the question asks for a page, not slides. Null otherwise.
     */
    Answer namedLink(Question q) {
        Set<String> asked = new HashSet<>();
        boolean wantsAPage = false;
        // A page's address in so many words ("link", "site", "profile"), not a word for a text ("the writeup says…",
        // "the article"), which names the report an asker quotes from as often as a page.
        boolean wantsAnAddress = false;
        List<Token> all = q.words();
        for (int i = 0; i < all.size(); i++) {
            Token word = all.get(i);
            asked.addAll(word.parts());
            asked.add(word.text());
            // "free page hinting", "huge pages": "page" beside another noun names something else.
            boolean inACompound = Set.of("page", "pages").contains(word.text()) && i + 1 < all.size()
                    && Character.isLetter(all.get(i + 1).text().charAt(0)) && !Cues.STOP.contains(all.get(i + 1).text())
                    && !Cues.AUXILIARIES.contains(all.get(i + 1).text()) && !Cues.WEB_PAGES.contains(all.get(i + 1).text())
                    && !Set.of("for", "about", "of", "on", "link", "url", "address").contains(all.get(i + 1).text());
            wantsAPage |= Cues.WEB_PAGES.contains(word.text()) && !inACompound;
            wantsAnAddress |= Cues.WEB_PAGES.contains(word.text()) && !inACompound
                    && !Cues.WRITINGS.contains(word.text());
            // "where can I read more about …": further reading is a page.
            wantsAPage |= word.text().equals("read") || word.text().equals("reading");
            if (Cues.SLIDES.contains(word.text())) {
                return null;
            }
        }
        Event.Report report = q.event().report();
        boolean authorAsked = !q.people().isEmpty() && q.people().get(0).name().equals(report.author());
        // Written by name, not only read into "the author" or "he".
        boolean namesTheAuthor = authorAsked && q.hasAnyWord(Set.copyOf(Grounding.nameParts(q.people().get(0))));
        boolean aboutTheAuthor = q.hasAnyWord(Cues.AUTHOR) || authorAsked;
        // "the author of the writeup says he grabbed some people … who?": "the author" and a word for the text are
        // where the asker read something, not a request for his page; his name or who wrote it asks of him.
        boolean wantsHisPage = wantsAnAddress || wantsAPage && (namesTheAuthor || q.hasAnyWord(Cues.AUTHORING));
        // "the url of the original blog post by amit" asks for the post, which its author wrote, not for his page.
        boolean thePost = q.fact() == EventFact.REPORT && q.hasAnyWord(Set.of("post", "writeup", "write-up", "report",
                "article", "entry"));
        if (aboutTheAuthor && report.authorUrl() != null && (wantsHisPage && !thePost || asked.contains("profile"))) {
            // "link to the author's profile": the report's heading links its author.
            return Answer.of("The post's author, " + report.author() + ", is linked at " + report.authorUrl() + ".");
        }
        for (Event.Link link : q.event().links()) {
            // "lwn on smartos licensing": the name of a site the post links by its address asks for that page.
            List<String> site = link.text().contains(".") ? linkName(link.text()) : List.of();
            wantsAPage |= !site.isEmpty() && q.hasAnyWord(Set.copyOf(site)) && q.target() == Target.SESSION
                    && q.people().isEmpty();
        }
        if (!wantsAPage) {
            return null;
        }
        for (Event.Link link : q.event().links()) {
            List<String> name = linkName(link.text());
            // "any talk on KSM / page dedup" has the words of "Forum page", but asks for something its context
            // never mentions; "the lwn article on the SmartOS licensing" names the link's context.
            StringBuilder context = new StringBuilder(link.sentence());
            PostLookup.sessionsQuoting(q.event(), link.sentence())
                    .forEach(session -> context.append(' ').append(session.summary()));
            boolean asksForMore = q.topic().stream().map(Token::text).anyMatch(word -> !name.contains(word)
                    && !Cues.WEB_PAGES.contains(word) && !PostLookup.mentions(context.toString(), word));
            if (!name.isEmpty() && asked.containsAll(name) && !asksForMore) {
                return linked(q, link);
            }
        }
        // "the website of the alliance Avi mentioned", "an article about the SmartOS licensing": a link asked for by
        // what it is about. One link whose sentence has a word of the topic, and whose sentence or session titles
        // have all of it.
        // A word the post never uses ("the licensing debate") says nothing for or against any link.
        List<String> about = q.topic().stream().map(Token::text)
                .filter(word -> !Cues.WEB_PAGES.contains(word) && !Set.of("read", "reading", "more").contains(word))
                .filter(word -> q.event().sentences().stream().anyMatch(sentence -> PostLookup.mentions(sentence, word)))
                .toList();
        Event.Link only = null;
        for (Event.Link link : about.isEmpty() ? List.<Event.Link>of() : q.event().links()) {
            StringBuilder context = new StringBuilder(link.sentence());
            PostLookup.sessionsQuoting(q.event(), link.sentence())
                    .forEach(session -> context.append(' ').append(session.title()));
            long inContext = about.stream().filter(word -> PostLookup.mentions(context.toString(), word)).count();
            boolean inSentence = about.stream().anyMatch(word -> PostLookup.mentions(link.sentence(), word));
            if (inSentence && inContext * 2 >= about.size() + 1) {
                if (only != null) {
                    return null;
                }
                only = link;
            }
        }
        return only != null ? linked(q, only) : linkByMeaning(q);
    }

    /**
     * "the website of that industry group Avi brought up to help with KVM's marketing": a link asked for in words
     * the post does not use for it, found by the meaning of the sentence that carries it, when that sentence clears
     * {@link #LINK_MATCH} and stands {@link #LINK_MARGIN} clear of every other link's. Null otherwise.
     */
    private Answer linkByMeaning(Question q) {
        // Not "got a link to the kvm tool presentation?" (its slides), nor "on what date did the videos go up?".
        if (q.hasAnyWord(Cues.SESSION_NOUNS) || q.hasAnyWord(Cues.KEYNOTE) || q.fact() != null
                || q.target() == Target.TIME || q.target() == Target.SPEAKER) {
            return null;
        }
        Event.Link best = null;
        float bestScore = 0;
        float next = 0;
        for (SemanticIndex.Scored<SemanticIndex.PostSentence> ranked : closest.apply(q)) {
            for (Event.Link link : q.event().links()) {
                if (!link.sentence().equals(ranked.item().text()) || link.equals(best)) {
                    continue;
                }
                if (best == null) {
                    best = link;
                    bestScore = ranked.score();
                } else if (next == 0) {
                    next = ranked.score();
                }
            }
        }
        return best != null && bestScore >= LINK_MATCH && bestScore - next >= LINK_MARGIN ? linked(q, best) : null;
    }

    /** The post's link, with its sentence and the session whose paragraph has it. */
    Answer linked(Question q, Event.Link link) {
        List<Session> in = PostLookup.sessionsQuoting(q.event(), link.sentence());
        String where = in.isEmpty() ? "" : " (in what it says of " + Phrases.described(model, in.get(0)) + ")";
        // "The post says there's some discussion on lwn.net … Could you give me that link?": "says" cites the post,
        // and the link is what is asked.
        boolean linkAsked = q.hasAnyWord(Cues.LINKS) && !q.hasAnyWord(LINK_CONTENT_BEYOND_SAYING);
        if (q.hasAnyWord(LINK_CONTENT) && !linkAsked) {
            // "what did the LWN article conclude": the post links the page; what the page says, it does not.
            return Answer.notInPost("The post does not say what that page says. It links to “" + link.text()
                    + "” at " + link.url() + where + ": “" + link.sentence() + "”", in);
        }
        if (q.hasAnyWord(Set.of("title", "headline", "titled"))) {
            // "what was the title of the lwn article": the post gives its link text, never the page's title.
            return Answer.notInPost("The post does not give its title. It links to “" + link.text() + "” at "
                    + link.url() + where + ": “" + link.sentence() + "”", in);
        }
        if (q.target() == Target.SPEAKER) {
            // "who wrote the lwn article": the post links it, and says nothing of who wrote it.
            return Answer.notInPost("The post does not say who wrote it. It links to “" + link.text() + "” at "
                    + link.url() + where + ": “" + link.sentence() + "”", in);
        }
        return Answer.of("The post links to “" + link.text() + "” at " + link.url() + where + ": “"
                + link.sentence() + "”", in);
    }

    /** The words that name a link: its text's words, a web address's name without "www", "http" or its ending. */
    static List<String> linkName(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !WEB_ADDRESS_PARTS.contains(word) && !Cues.STOP.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * "where can I read the virtio-scsi spec?": a document the post mentions or implies but does not link (links it
     * does have, like the lwn.net article, were answered before this). The post's links are the slides, its event
     * page and what its prose links. Null for any other question.
     */
    Answer documentNotLinked(Question q) {
        List<Token> words = q.words();
        boolean whereToGet = !words.isEmpty() && words.get(0).text().equals("where")
                && words.stream().anyMatch(word -> GETTING.contains(word.text()));
        String document = words.stream().map(Token::text).filter(DOCUMENTS::contains).findFirst().orElse(null);
        // "where can I download the QOM code" reads as slides by its verb; a word for a deck makes it slides.
        boolean deck = words.stream().anyMatch(word -> Set.of("slides", "slide", "deck", "decks", "pdf",
                "presentation").contains(word.text()));
        if (!whereToGet || document == null || q.fact() != null || deck) {
            return null;
        }
        return Answer.notInPost("The post links no " + document + " for that: it links the talks' slides, the"
                + " forum's page and a few pages in its prose.", List.of());
    }

    /**
     * "was there anything on lwn about the smartos licensing thing? link?": a question that asks for a link, answered
     * by quoting a sentence whose words the post links ("some talk at lwn.net"), carries that link, when the answer
     * has no address of its own.
     */
    Answer withLinksOfQuotes(String question, Answer answer) {
        List<Token> words = Token.of(question);
        boolean asksForALink = words.stream().anyMatch(word -> Cues.LINKS.contains(word.text()));
        if (!answer.answered() || answer.text().contains("http")) {
            return answer;
        }
        java.util.Set<String> asked = null;
        List<String> links = new ArrayList<>();
        for (Event event : model.events()) {
            for (Event.Link link : event.links()) {
                // The sentence quoted, or in the paragraph of a session the answer shows (then only for the thing
                // named, below); most answers show no linked sentence, and stop here.
                boolean quoted = answer.text().contains(link.sentence());
                boolean inParagraph = !quoted && answer.sessions().stream()
                        .anyMatch(session -> session.summary() != null && session.summary().contains(link.sentence()));
                if (!quoted && !inParagraph || links.contains(link.url())) {
                    continue;
                }
                // "what's the alliance Avi mentioned?": the sentence links the very thing asked about.
                asked = asked != null ? asked : PostLookup.stemsOf(question);
                java.util.Set<String> stems = asked;
                boolean named = PostLookup.stemsOf(link.text()).stream()
                        .anyMatch(stem -> stem.length() > 3 && stems.contains(stem) && !Cues.STOP.contains(stem));
                if (quoted && (asksForALink || named) || inParagraph && named) {
                    links.add(link.url());
                }
            }
        }
        if (links.isEmpty()) {
            return answer;
        }
        return new Answer(answer.text() + " The link: " + String.join(" ", links), answer.sessions(), true);
    }
}
