package org.kvmforum.bot.commands;

import org.kvmforum.bot.content.ContentException;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.library.Library;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /reload}: reads the content directory again without a restart (server admins only). The new content
 * is parsed and indexed whole before it replaces the old; a bad file keeps the old content and the admin gets
 * the file, line and problem.
 */
public final class ReloadCommand extends SlashCommand {
    private static final Logger log = LoggerFactory.getLogger(ReloadCommand.class);

    public ReloadCommand(CommandContext context) {
        super(context, "reload", "Reload the posts from the content directory (server admins)",
                "/reload (server admins)", Replies.BUILT_EACH_TIME);
    }

    @Override
    public boolean adminOnly() {
        return true;
    }

    @Override
    public boolean slow() {
        return true;
    }

    @Override
    public Reply execute(CommandRequest request, Library library) {
        try {
            Library fresh = context.libraries().reload();
            ContentModel model = fresh.model();
            String summary = model.events().size() + " event(s), " + model.sessions().size() + " sessions, "
                    + model.people().size() + " people";
            log.info("content reloaded by user {} from {}: {}", request.userId(), context.libraries().contentDirectory(), summary);
            return Notices.notice(context.theme().info(), "Reloaded", "Now serving " + summary + ".");
        } catch (ContentException e) {
            log.warn("reload by user {} refused, old content kept: {}", request.userId(), e.getMessage());
            return Notices.error(context.theme(), "Reload refused: the old content is still served",
                    "`" + UserText.clip(e.getMessage().replace("`", "'"), 1500) + "`");
        }
    }
}
