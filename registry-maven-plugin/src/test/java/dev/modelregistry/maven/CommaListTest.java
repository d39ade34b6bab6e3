package dev.modelregistry.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CommaListTest {

    @Test
    void splitsTrimsAndDropsEmptyItems() {
        assertEquals(List.of("a", "b", "c"), CommaList.items(" a ,, b,c, "));
        assertEquals(List.of(), CommaList.items((String) null));
    }

    @Test
    void skipsTheNullsMavenPassesForEmptyItemsOfAListParameter() {
        assertEquals(List.of("a", "b", "c"), CommaList.items(Arrays.asList("a", null, "b,c")));
        assertEquals(List.of(), CommaList.items((List<String>) null));
    }
}
