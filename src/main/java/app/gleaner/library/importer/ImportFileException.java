package app.gleaner.library.importer;

/** An import file that cannot be read as the format it claims or seems to be; the message says why, for the user. */
public class ImportFileException extends Exception {

    public ImportFileException(String message) {
        super(message, null, false, false);
    }
}
