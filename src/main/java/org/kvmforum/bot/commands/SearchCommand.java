package org.kvmforum.bot.commands;

import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.Session;
import org.kvmforum.bot.library.Library;
import org.kvmforum.bot.search.SessionHit;
import org.kvmforum.bot.wording.Wording;

/** {@code /search query}: a ranked list of matching sessions, tolerant of typos and word forms. */
public final class SearchCommand extends ScopedCommand {
    static final String QUERY = "query";
    private static final int RESULTS = 10;

    public SearchCommand(CommandContext context) {
        super(context, "search", "Search the sessions by topic, title or speaker",
                examples -> "/search query:" + examples.topic(), Replies.SAME_FOR_SAME_OPTIONS);
        addTextOption(QUERY, "Words to look for: a topic, a title or a speaker", false);
        addEventOption("Only this forum's sessions (every forum's when left out)");
    }

    @Override
    protected Reply execute(CommandRequest request, Library library, EventScope scope) {
        String query = request.option(QUERY, "");
        List<SessionHit> hits = SessionLookup.search(library, query, RESULTS, scope);
        if (hits.isEmpty()) {
            return Notices.noSession(context.theme(), library.model(), query, List.of());
        }
        ContentModel model = library.model();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < hits.size(); i++) {
            SessionHit hit = hits.get(i);
            Session session = hit.session();
            String title = session.hasSlides()
                    ? Markdown.link(session.title(), session.slides().url())
                    : Markdown.md(session.title());
            String line = (i + 1) + ". **" + title + "** — " + Wording.speakersOrNobody(model, session) + "\n    "
                    + EventScope.eventPrefix(model, session) + Wording.when(session) + " · "
                    + Wording.kindLabel(session.kind()) + "\n";
            if (text.length() + line.length() > DiscordLimits.EMBED_DESCRIPTION - 100) {
                text.append("…and ").append(hits.size() - i).append(" more did not fit.");
                break;
            }
            text.append(line);
        }
        EmbedBuilder embed = new EmbedBuilder()
                .setColor(context.theme().info())
                .setTitle("Sessions matching “" + UserText.echo(query, 150) + "”")
                .setDescription(text.toString().strip())
                .setFooter(hits.size() + (hits.size() == 1 ? " match" : " matches")
                        + ", best first · /talk shows one in full");
        return Reply.visible(new MessageCreateBuilder().setEmbeds(embed.build()).build());
    }
}
