package org.cxlint.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Which configuration file is in force: {@code --config FILE}, then CXLINT_CONFIG, then the nearest .cxlint.yaml. */
public final class ConfigFiles {
    public static final String ENV = "CXLINT_CONFIG";

    private ConfigFiles() {}

    /**
     * @param option the {@code --config} value, or null
     * @param env    the CXLINT_CONFIG value, or null (empty counts as unset)
     * @param start  the folder the search starts in (the current directory)
     */
    public static Optional<Path> locate(Path option, String env, Path start) {
        if (option != null) return Optional.of(option);
        if (env != null && !env.isBlank()) return Optional.of(Path.of(env));
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(Config.FILE_NAME);
            if (Files.isRegularFile(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    /** The configuration in force, read and checked; {@link Config#NONE} when there is none. */
    public static Config load(Path option, String env, Path start) {
        return locate(option, env, start).map(Config::load).orElse(Config.NONE);
    }
}
