package dev.modelregistry.core.git;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.eclipse.jgit.internal.storage.file.ObjectDirectory;
import org.eclipse.jgit.internal.storage.file.Pack;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.PackParser;

/**
 * Writes each object as a loose object of the registry's repository, in Git's format (the
 * zlib-deflated {@code "<type> <size>\0"} header and content at {@code objects/xx/<rest of the id>}),
 * into a file that {@link AheadFiles} created ahead, and links it into place. An object that
 * is already there is not written again. It deflates and forces files to disk as
 * {@link GitWriteSettings} say. An insert hashes the object and hands the rest to the thread of
 * an {@link ObjectStorer}; the writer waits for that attempt's objects before it moves the branch,
 * so {@link #flush} has nothing left to do.
 */
final class LooseObjectInserter extends ObjectInserter {

    private final Repository repository;
    private final ObjectDirectory database;
    private final Path objects;
    private final AheadFiles.Reserved files;
    private final int level;
    private final boolean fsync;
    private final BatchObjects written;
    private final ObjectStorer.Attempt stores;

    /**
     * Writes the objects of one write into {@code files}, as {@code settings} say, on the thread
     * of {@code stores}, and keeps each object in {@code written} as soon as it has its id.
     */
    LooseObjectInserter(Repository repository, AheadFiles.Reserved files, GitWriteSettings settings,
            BatchObjects written, ObjectStorer.Attempt stores) {
        this.repository = repository;
        this.database = (ObjectDirectory) repository.getObjectDatabase();
        this.objects = repository.getDirectory().toPath().resolve("objects");
        this.files = files;
        this.level = settings.looseCompression();
        this.fsync = settings.fsyncObjects();
        this.written = written;
        this.stores = stores;
    }

    @Override
    public ObjectId insert(int type, long length, InputStream in) throws IOException {
        if (length > Integer.MAX_VALUE - 64) {
            throw new IOException("An object of " + length + " bytes is too large to write as one loose object");
        }
        byte[] data = in.readNBytes((int) length);
        if (data.length < length) {
            throw new EOFException("The object ended after " + data.length + " of its " + length + " bytes");
        }
        return insert(type, data, 0, data.length);
    }

    @Override
    public ObjectId insert(int type, byte[] data, int offset, int length) throws IOException {
        ObjectId id = idFor(type, data, offset, length);
        byte[] content = written.add(id, type, data, offset, length);
        stores.hand(() -> store(id, type, content));
        return id;
    }

    /** Puts the object in place, unless it is there already. */
    private void store(ObjectId id, int type, byte[] content) throws IOException {
        if (!isStored(id) && !writeInto(files.take(), id, type, content)
                && !writeInto(files.createNow(), id, type, content)) {
            throw new IOException("The file for object " + id.name() + " in " + objects + " was removed before"
                    + " it could be put in place");
        }
    }

    /**
     * True when the object is stored loose or in one of the packs that the pack directory holds now.
     * JGit's {@code has} also looks in alternates and in packs that a collector preserved, and for a
     * new object (six per registration) it throws and catches an exception for each missing file it
     * checks on the way. An object that only an alternate or a preserved pack holds is written
     * loose once more, which Git allows.
     */
    private boolean isStored(ObjectId id) throws IOException {
        if (Files.exists(looseFile(id))) {
            return true;
        }
        for (Pack pack : database.getPacks()) {
            if (pack.hasObject(id)) {
                return true;
            }
        }
        return false;
    }

    /** Where Git keeps the object {@code id} loose: {@code objects/xx/<the other 38 digits>}. */
    private Path looseFile(ObjectId id) {
        String name = id.name();
        return objects.resolve(name.substring(0, 2)).resolve(name.substring(2));
    }

    /** Writes the object into {@code file} and puts it in place; false when the file was removed meanwhile. */
    private boolean writeInto(AheadFiles.AheadFile file, ObjectId id, int type, byte[] content) throws IOException {
        try {
            write(file, type, content);
            if (placeObject(file.path(), id)) {
                return true;
            }
        } catch (IOException | RuntimeException e) {
            file.discard();
            throw e;
        }
        file.discard();
        return false;
    }

    private void write(AheadFiles.AheadFile file, int type, byte[] content) throws IOException {
        ByteArrayOutputStream deflated = new ByteArrayOutputStream(content.length / 2 + 64);
        Deflater deflater = new Deflater(level);
        try (DeflaterOutputStream out = new DeflaterOutputStream(deflated, deflater)) {
            out.write(Constants.encodedTypeString(type));
            out.write(' ');
            out.write(Constants.encodeASCII(content.length));
            out.write(0);
            out.write(content);
        } finally {
            deflater.end();
        }
        file.fill(deflated.toByteArray(), fsync);
    }

    /**
     * Puts {@code file} in place under the object's name, making its directory if needed; false when
     * {@code file} is gone. As Git does, it links the file there rather than renaming it: a link takes
     * the lock of the object's directory only, not that of {@code objects}, where other writers create
     * their files meanwhile. The file's first name goes after the write, outside the turn. Where the
     * link fails otherwise (a file system without hard links), it renames instead, and a rename
     * that fails too reports both causes.
     */
    private boolean placeObject(Path file, ObjectId id) throws IOException {
        Path target = looseFile(id);
        Path directory = target.getParent();
        try {
            link(file, target, directory);
            files.removeAfterWrite(file);
        } catch (FileAlreadyExistsException present) {
            files.removeAfterWrite(file);
        } catch (UnsupportedOperationException | FileSystemException noLink) {
            if (!Files.exists(file)) {
                return false;
            }
            try {
                Files.createDirectories(directory);
                Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                e.addSuppressed(noLink);
                throw e;
            }
        }
        return true;
    }

    /** Links {@code file} as {@code target}, making {@code directory} when it is missing. */
    private static void link(Path file, Path target, Path directory) throws IOException {
        try {
            Files.createLink(target, file);
        } catch (NoSuchFileException missing) {
            if (!Files.exists(file)) {
                throw missing;
            }
            Files.createDirectories(directory);
            Files.createLink(target, file);
        }
    }

    /** Not used: the registry receives no packs through its writer. */
    @Override
    public PackParser newPackParser(InputStream in) {
        throw new UnsupportedOperationException("The registry's writer inserts objects one by one");
    }

    @Override
    public ObjectReader newReader() {
        return repository.newObjectReader();
    }

    @Override
    public void flush() {
        // the writer waits for the objects of its attempt before it moves the branch
    }

    @Override
    public void close() {
        // the files reserved for the write go back to AheadFiles with the write
    }
}
