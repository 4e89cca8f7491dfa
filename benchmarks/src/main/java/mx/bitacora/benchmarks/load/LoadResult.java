package mx.bitacora.benchmarks.load;

/** What a number of concurrent clients achieved: successful operations per second and latency. */
public record LoadResult(
    int clients,
    long operations,
    long failures,
    double seconds,
    double perSecond,
    Latencies latency) {}
