package org.stancekit.text;

/**
 * A light English stemmer: drops a possessive 's and reduces plurals as Harman's S-stemmer does
 * (policies to policy, forces to force, talks to talk; glass, virus and news stay). Cheap and
 * predictable, which suits short headlines better than an aggressive suffix stripper.
 */
final class LightStemmer {

    private LightStemmer() {
    }

    static String stem(String w) {
        if (w.endsWith("'s") && w.length() > 3) w = w.substring(0, w.length() - 2);
        else if (w.endsWith("s'") && w.length() > 3) w = w.substring(0, w.length() - 1);
        int n = w.length();
        if (n <= 3 || !Character.isLetter(w.charAt(n - 1))) return w;
        if (w.endsWith("ies") && !w.endsWith("eies") && !w.endsWith("aies")) return w.substring(0, n - 3) + "y";
        if (w.endsWith("es") && !w.endsWith("aes") && !w.endsWith("ees") && !w.endsWith("oes")
) {
            return w.substring(0, n - 1);
        }
        if (w.endsWith("s") && !w.endsWith("us") && !w.endsWith("ss") && !w.endsWith("is") && !w.equals("news")) {
            return w.substring(0, n - 1);
        }
        return w;
    }
}
