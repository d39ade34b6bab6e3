package dev.modelregistry.core.history;

/**
 * A commit's text in the history index file passed the file's checksum but does not decode: not
 * UTF-8, or a trailer this version does not accept. The file is then not trusted, and the index
 * is built again from the commits.
 */
final class UndecodableTextException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UndecodableTextException(int position, Exception cause) {
        super("the text of commit " + position + " in the history index does not decode: " + cause.getMessage(), cause);
    }
}
