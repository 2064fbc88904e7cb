package vn.dieuhanh.ispeed.control;

/**
 * The sample ids of one file, to find the ones it repeats, in 16 bytes per slot (32 MB for a
 * million ids) instead of the ~130 bytes per id of a {@code HashMap<String, Integer>}, which would
 * also keep every id string alive. An id is
 * kept as a 96-bit fingerprint (two unrelated hashes) with its row: two different ids in one file
 * look alike with a probability of about n²/2⁹⁷, for a million ids 1 in 10¹⁷.
 */
final class SampleIds {

    private static final double LOAD = 0.7;

    private long[] fingerprints = new long[1 << 12];
    private int[] checks = new int[1 << 12];
    private int[] rows = new int[1 << 12];
    private int size;

    /**
     * Remembers the id at this row unless it is there already.
     *
     * @param row greater than 0
     * @return 0 if the id is new, else the row it was first seen at
     */
    int putIfAbsent(String id, int row) {
        long fingerprint = fingerprint(id);
        int check = id.hashCode();
        int mask = fingerprints.length - 1;
        int slot = (int) fingerprint & mask;
        while (rows[slot] != 0) {
            if (fingerprints[slot] == fingerprint && checks[slot] == check) {
                return rows[slot];
            }
            slot = (slot + 1) & mask;
        }
        fingerprints[slot] = fingerprint;
        checks[slot] = check;
        rows[slot] = row;
        if (++size > LOAD * fingerprints.length) {
            grow();
        }
        return 0;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldFingerprints = fingerprints;
        int[] oldChecks = checks;
        int[] oldRows = rows;
        int capacity = oldFingerprints.length * 2;
        fingerprints = new long[capacity];
        checks = new int[capacity];
        rows = new int[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < oldRows.length; i++) {
            if (oldRows[i] != 0) {
                int slot = (int) oldFingerprints[i] & mask;
                while (rows[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                fingerprints[slot] = oldFingerprints[i];
                checks[slot] = oldChecks[i];
                rows[slot] = oldRows[i];
            }
        }
    }

    /** FNV-1a over the UTF-16 units, then a 64-bit finaliser so the low bits spread well. */
    static long fingerprint(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
