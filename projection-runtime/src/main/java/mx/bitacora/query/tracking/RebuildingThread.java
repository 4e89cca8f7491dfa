package mx.bitacora.query.tracking;

/**
 * Marks the threads applying events to a projection's next version (package {@code rebuild}) or to
 * a past one (an "as of" read, package {@code timetravel}), so that effects beyond the view's own
 * tables, such as announcing changes to live streams, are not repeated for events the serving
 * version already applied.
 */
public final class RebuildingThread {

  private static final ThreadLocal<Boolean> REBUILDING = ThreadLocal.withInitial(() -> false);

  private RebuildingThread() {}

  /** Whether the current thread is applying events to a rebuild. */
  public static boolean isRebuilding() {
    return REBUILDING.get();
  }

  /** Marks the current thread until {@link #leave}. */
  public static void enter() {
    REBUILDING.set(true);
  }

  /** Unmarks the current thread. */
  public static void leave() {
    REBUILDING.remove();
  }
}
