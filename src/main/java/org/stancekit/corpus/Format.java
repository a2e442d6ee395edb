package org.stancekit.corpus;

/**
 * Which reader an input path goes through: {@code AUTO} decides per path (directory, extension, {@code -});
 * the others force one reader for every path.
 */
public enum Format {
    /** Directories are walked as folders of files; {@code .jsonl}, {@code .jsonl.gz}, {@code -}, {@code .csv}, {@code .txt}, {@code .html} by extension. */
    AUTO,
    /** One JSON object per line, plain or gzip-compressed, {@code -} for stdin. */
    JSONL,
    /** RFC 4180 CSV with a header row, columns mapped by {@link CsvColumns}. */
    CSV,
    /** Folders of {@code .txt}/{@code .html} files, one article per file. */
    FOLDERS,
    /** The VNTC release layout {@code <root>/[<split>/]<topic>/*.txt}: topic folder = label. See {@link VntcReader}. */
    VNTC
}
