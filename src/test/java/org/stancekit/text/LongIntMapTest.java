package org.stancekit.text;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LongIntMapTest {

    @Test
    void behavesLikeAHashMapThroughGrowth() {
        LongIntMap m = new LongIntMap(4);
        Map<Long, Integer> ref = new HashMap<>();
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < 20_000; i++) {
            long k = r.nextLong(5_000) - 2_500;
            m.add(k, 1);
            ref.merge(k, 1, Integer::sum);
        }
        assertEquals(ref.size(), m.size());
        ref.forEach((k, v) -> assertEquals(v, m.get(k)));
        assertEquals(-1, m.get(123_456_789L));
        m.put(7L, 42);
        assertEquals(42, m.get(7L));
        int[] total = {0};
        m.forEach((k, v) -> total[0] += v);
        assertEquals(20_000 - ref.getOrDefault(7L, 0) + 42, total[0]);
    }
}
