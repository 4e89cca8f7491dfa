package mx.bitacora.query.inbox;

import java.util.List;

/**
 * One page of the caller's agency's inbox, unread first, then newest first; the {@code unread}
 * filter echoed (null when not asked for), the paging figures, and how many notices are unread in
 * all ({@code unreadCount}).
 */
public record InboxPage(
    Boolean unread,
    List<InboxItem> items,
    int page,
    int size,
    long totalElements,
    int totalPages,
    long unreadCount) {}
