package org.cxlint.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.SerializableConfiguration;
import org.cxlint.ingest.Isolation;

/**
 * The Parquet input's files, each checked on the executors by reading its footer: a file that is not Parquet
 * at all, or is cut short (a truncated upload), becomes one error row and the scan reads the others, where
 * it would otherwise fail the whole job. Files and folders whose names start with {@code _} or {@code .} are
 * not data (Spark's own convention).
 *
 * @param read   what the scan should read: the input as given when every file is sound, else the sound files
 * @param broken one {@link Schemas#OUTCOME} error row per unreadable file
 */
record ParquetFiles(String[] read, List<Row> broken) {
    static ParquetFiles check(JavaSparkContext jsc, String input) {
        Configuration conf = jsc.hadoopConfiguration();
        List<String> files = new ArrayList<>();
        try {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus[] matched = fs.globStatus(path);
            if (matched == null)
                return new ParquetFiles(new String[] {input}, List.of()); // Spark names the missing path
            for (FileStatus st : matched) {
                if (!st.isDirectory()) {
                    files.add(st.getPath().toString());
                    continue;
                }
                int depth = st.getPath().depth();
                for (RemoteIterator<LocatedFileStatus> it = fs.listFiles(st.getPath(), true); it.hasNext(); ) {
                    Path f = it.next().getPath();
                    if (!hidden(f, depth)) files.add(f.toString());
                }
            }
        } catch (IOException e) {
            return new ParquetFiles(new String[] {input}, List.of());
        }
        if (files.isEmpty()) return new ParquetFiles(new String[] {input}, List.of());
        Broadcast<SerializableConfiguration> c = SerializableConfiguration.broadcast(jsc.sc(), conf);
        int slices = Math.max(1, Math.min(files.size(), jsc.defaultParallelism() * 4));
        List<String> problems = jsc.parallelize(files, slices)
                .map(f -> problem(f, c.value().value()))
                .collect();
        List<String> sound = new ArrayList<>();
        List<Row> broken = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (problems.get(i) == null) sound.add(files.get(i));
            else
                broken.add(RowFactory.create(
                        null, RowFactory.create(files.get(i), files.get(i), null, null, problems.get(i))));
        }
        return new ParquetFiles(broken.isEmpty() ? new String[] {input} : sound.toArray(String[]::new), broken);
    }

    private static boolean hidden(Path f, int rootDepth) {
        for (Path p = f; p != null && p.depth() > rootDepth; p = p.getParent()) {
            String name = p.getName();
            if (name.startsWith("_") || name.startsWith(".")) return true;
        }
        return false;
    }

    /** Null when the file's footer reads, else the error row's reason. */
    static String problem(String file, Configuration conf) {
        try (ParquetFileReader r = ParquetFileReader.open(HadoopInputFile.fromPath(new Path(file), conf))) {
            r.getFooter();
            return null;
        } catch (Exception | StackOverflowError e) {
            String msg = e.getMessage() == null ? "" : " (" + Isolation.oneLine(e.getMessage()) + ")";
            return "could not be read: not a readable Parquet file, or cut short" + msg;
        }
    }
}
