package org.cxlint.report;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * A report could not be written (full disk, closed pipe, unwritable or missing folder, a file where a folder
 * should be). Not a bug: the command line says so in one plain line and exits 1.
 */
public final class ReportWriteException extends RuntimeException {
    public ReportWriteException(String message) {
        super(message);
    }

    /** {@code cannot write WHAT: reason}, with the reason in words rather than an exception's class name. */
    public static ReportWriteException of(String what, IOException e) {
        String d = describe(e);
        return new ReportWriteException(
                "cannot write " + what + ": " + (d.startsWith(what + ": ") ? d.substring(what.length() + 2) : d));
    }

    /** {@code FILE: reason} when the exception names a file, else the reason ("No space left on device"). */
    public static String describe(IOException e) {
        String why;
        if (e instanceof AccessDeniedException) why = "permission denied";
        else if (e instanceof FileAlreadyExistsException) why = "exists and is not a folder";
        else if (e instanceof NotDirectoryException) why = "not a folder";
        else if (e instanceof NoSuchFileException) why = "no such file or folder";
        else if (e instanceof FileSystemException f && f.getReason() != null) why = f.getReason();
        else if (e instanceof FileSystemException) why = "cannot be written";
        else return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        String file = ((FileSystemException) e).getFile();
        return file == null ? why : file + ": " + why;
    }
}
