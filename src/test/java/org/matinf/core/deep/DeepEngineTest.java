package org.matinf.core.deep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DeepEngineTest {

    @Test
    void loadsPyTorchOfflineIntoTheConfiguredCache() {
        assertEquals("true", System.getProperty("ai.djl.offline"), "surefire passes -Dai.djl.offline=true");
        assertTrue(DeepEngine.available(), () -> DeepEngine.problem());
        assertNull(DeepEngine.problem());
        Engine e = DeepEngine.require();
        assertEquals("PyTorch", e.getEngineName());
        assertEquals("2.7.1", e.getVersion());
        Path cache = DeepEngine.cacheDir();
        assertTrue(cache.endsWith("djl-cache"), cache.toString());
        assertTrue(Files.isDirectory(cache.resolve("pytorch")), "natives unpacked under " + cache);
        try (NDManager m = e.newBaseManager()) {
            NDArray a = m.create(new float[] {1, 2, 3});
            assertEquals(14f, a.mul(a).sum().getFloat(), 0f);
        }
    }

    @Test
    void explainsFailuresInWords() {
        Path cache = Path.of("/x/djl");
        String glibc = DeepEngine.explain(new UnsatisfiedLinkError("libtorch_cpu.so: /lib64/libc.so.6: version `GLIBC_2.29' not found"), cache);
        assertTrue(glibc.contains("too old") && glibc.contains("/x/djl"), glibc);
        String missing = DeepEngine.explain(new IllegalArgumentException("Deep learning engine not found: PyTorch"), cache);
        assertTrue(missing.contains("(pytorch-native-cpu) is missing"), missing);
        String denied = DeepEngine.explain(new RuntimeException(new java.nio.file.AccessDeniedException("/x/djl/pytorch")), cache);
        assertTrue(denied.contains("no write access"), denied);
    }
}
