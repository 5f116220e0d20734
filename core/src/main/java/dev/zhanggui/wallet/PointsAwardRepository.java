package dev.zhanggui.wallet;

/**
 * Port: the record of points awards. Recording is also claiming: an award is given once per
 * {@link PointsAward#claim()} of its kind, also when two units of work try at the same moment
 * (a database adapter uses a unique key: the second waits for the first and finds it taken).
 */
public interface PointsAwardRepository extends OrderPointsAwards {
    /** Records the award unless one of its kind is recorded for the same claim; false if it is. */
    boolean claim(PointsAward award);

    /**
     * Like {@link #claim}, and only while the earning customer holds fewer than {@code limit}
     * awards of the kind; claims for one customer are counted one after the other.
     */
    boolean claimWithin(PointsAward award, long limit);
}
