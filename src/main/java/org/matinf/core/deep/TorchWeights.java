package org.matinf.core.deep;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import net.razorvine.pickle.IObjectConstructor;
import net.razorvine.pickle.PickleException;
import net.razorvine.pickle.Unpickler;
import net.razorvine.pickle.objects.ClassDict;

/**
 * The named tensors (parameters and buffers, as in a PyTorch {@code state_dict}) of a network file
 * written by PyTorch ≥ 1.6: a TorchScript module ({@code torch.jit.save}) or a saved state dict
 * ({@code torch.save(model.state_dict())}). Both are zip archives holding {@code data.pkl} (a
 * pickle naming the tensors) and the raw little-endian storages {@code data/N}; the pickle is read
 * with Irmen de Jong's Pickle library, the storages directly. Float32, float64 and float16 tensors
 * are returned as float32; integer tensors (batch-norm counters) are skipped.
 *
 * <p>Names are those of PyTorch's {@code state_dict}: attribute paths joined by dots
 * ({@code layer1.0.bn1.running_mean}). No PyTorch and no engine are needed.
 */
public final class TorchWeights {
    /** A tensor: its shape and values in row-major order. */
    public record Tensor(long[] shape, float[] values) {
        /** Number of values the shape holds. */
        public long size() {
            return Arrays.stream(shape).reduce(1, (a, b) -> a * b);
        }

        /** The shape as PyTorch prints it, e.g. "64x3x7x7". */
        public String shapeText() {
            return shape.length == 0 ? "scalar" : String.join("x", Arrays.stream(shape).mapToObj(Long::toString).toList());
        }
    }

    private static final Map<String, Integer> FLOAT_BYTES = Map.of("FloatStorage", 4, "DoubleStorage", 8, "HalfStorage", 2);
    private static final List<String> INTEGER_STORAGES = List.of("LongStorage", "IntStorage", "ShortStorage", "CharStorage",
            "ByteStorage", "BoolStorage", "BFloat16Storage");

    static {
        for (String type : FLOAT_BYTES.keySet()) {
            Unpickler.registerConstructor("torch", type, new StorageType(type));
        }
        for (String type : INTEGER_STORAGES) {
            Unpickler.registerConstructor("torch", type, new StorageType(type));
        }
        Unpickler.registerConstructor("torch._utils", "_rebuild_tensor_v2", args -> tensor(args));
        Unpickler.registerConstructor("torch._utils", "_rebuild_tensor", args -> tensor(args));
        Unpickler.registerConstructor("torch._utils", "_rebuild_parameter", args -> args[0]);
        Unpickler.registerConstructor("collections", "OrderedDict", args -> new StateDict());
        for (String list : new String[] {"build_intlist", "build_doublelist", "build_boollist", "build_tensorlist"}) {
            Unpickler.registerConstructor("torch.jit._pickle", list, args -> args.length > 0 ? args[0] : List.of());
        }
    }

    private TorchWeights() {
    }

    /** An OrderedDict of a saved state dict; its attributes (PyTorch's version metadata) are ignored. */
    public static final class StateDict extends LinkedHashMap<String, Object> {
        private static final long serialVersionUID = 1L;

        /** Called by the unpickler with the OrderedDict's attributes. */
        public void __setstate__(java.util.HashMap<?, ?> attributes) {
            // _metadata holds version numbers only
        }

        /** As above, for attributes given as a tuple. */
        public void __setstate__(Object[] attributes) {
            // nothing needed
        }
    }

    /** The class of a storage named in the pickle (torch.FloatStorage, ...). */
    private record StorageType(String name) implements IObjectConstructor {
        @Override
        public Object construct(Object[] args) {
            throw new PickleException("cannot construct " + name);
        }
    }

    /** A storage reference as the pickle's persistent id gives it. */
    private record StorageRef(StorageType type, String key, long count) {
    }

    /** A tensor before its storage is read. */
    private record TensorRef(StorageRef storage, long offset, long[] shape, long[] stride) {
    }

    private static TensorRef tensor(Object[] args) {
        if (args.length < 4 || !(args[0] instanceof StorageRef storage)) {
            throw new PickleException("unexpected tensor arguments " + Arrays.toString(args));
        }
        return new TensorRef(storage, ((Number) args[1]).longValue(), longs(args[2]), longs(args[3]));
    }

    private static long[] longs(Object tuple) {
        Object[] items = tuple instanceof Object[] a ? a : ((List<?>) tuple).toArray();
        long[] out = new long[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = ((Number) items[i]).longValue();
        }
        return out;
    }

    /**
     * Reads the named floating-point tensors of a PyTorch file, sorted by name.
     *
     * @throws DeepFileException naming the file when it is missing, not a PyTorch zip archive (for
     *     example a legacy pre-1.6 file, or a file exported to ONNX), or damaged
     */
    public static Map<String, Tensor> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DeepFileException(file.toString(), "missing");
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry pickle = zip.stream().filter(e -> e.getName().endsWith("/data.pkl") || e.getName().equals("data.pkl"))
                    .min((a, b) -> Integer.compare(a.getName().length(), b.getName().length())).orElse(null);
            if (pickle == null) {
                throw new DeepFileException(file.toString(), "no data.pkl inside: not a TorchScript or torch.save file");
            }
            String root = pickle.getName().substring(0, pickle.getName().length() - "data.pkl".length());
            Object top;
            Unpickler u = new StorageUnpickler();
            try (InputStream in = zip.getInputStream(pickle)) {
                top = u.load(in);
            } finally {
                u.close();
            }
            Map<String, TensorRef> refs = new LinkedHashMap<>();
            collect("", top, refs, Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
            if (refs.isEmpty()) {
                throw new DeepFileException(file.toString(), "holds no tensors");
            }
            Map<String, Tensor> out = new java.util.TreeMap<>();
            Map<String, ByteBuffer> storages = new LinkedHashMap<>();
            for (Map.Entry<String, TensorRef> e : refs.entrySet()) {
                TensorRef t = e.getValue();
                Integer bytes = FLOAT_BYTES.get(t.storage().type().name());
                if (bytes == null) {
                    continue;
                }
                ByteBuffer data = storages.get(t.storage().key());
                if (data == null) {
                    ZipEntry entry = zip.getEntry(root + "data/" + t.storage().key());
                    if (entry == null) {
                        throw new DeepFileException(file.toString(), "the storage data/" + t.storage().key() + " of " + e.getKey() + " is missing");
                    }
                    try (InputStream in = zip.getInputStream(entry)) {
                        data = ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
                    }
                    storages.put(t.storage().key(), data);
                }
                out.put(e.getKey(), values(file, e.getKey(), t, data, bytes));
            }
            return out;
        } catch (java.util.zip.ZipException ex) {
            throw new DeepFileException(file.toString(), "not a PyTorch zip archive (TorchScript or torch.save of PyTorch 1.6 or newer): "
                    + ex.getMessage(), ex);
        } catch (IOException | PickleException | ClassCastException | IndexOutOfBoundsException ex) {
            throw new DeepFileException(file.toString(), "damaged PyTorch file (" + ex.getMessage() + ")", ex);
        }
    }

    /** Walks modules (objects with attribute maps) and dicts, naming tensors by their attribute path. */
    private static void collect(String prefix, Object node, Map<String, TensorRef> out, java.util.Set<Object> seen) {
        if (node instanceof TensorRef t) {
            out.putIfAbsent(prefix, t);
            return;
        }
        if (!(node instanceof Map<?, ?> map) || !seen.add(node)) {
            return;
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String key) || (node instanceof ClassDict && key.equals("__class__"))) {
                continue;
            }
            collect(prefix.isEmpty() ? key : prefix + "." + key, e.getValue(), out, seen);
        }
    }

    private static Tensor values(Path file, String name, TensorRef t, ByteBuffer data, int bytes) {
        long count = Arrays.stream(t.shape()).reduce(1, (a, b) -> a * b);
        if (count > Integer.MAX_VALUE) {
            throw new DeepFileException(file.toString(), name + " is too large (" + count + " values)");
        }
        float[] v = new float[(int) count];
        int[] index = new int[t.shape().length];
        for (int i = 0; i < v.length; i++) {
            long at = t.offset();
            for (int d = 0; d < index.length; d++) {
                at += index[d] * t.stride()[d];
            }
            long pos = at * bytes;
            if (at >= t.storage().count() || pos + bytes > data.capacity()) {
                throw new DeepFileException(file.toString(), name + " reaches past the end of its storage data/" + t.storage().key());
            }
            v[i] = switch (bytes) {
                case 4 -> data.getFloat((int) pos);
                case 8 -> (float) data.getDouble((int) pos);
                default -> halfToFloat(data.getShort((int) pos));
            };
            for (int d = index.length - 1; d >= 0; d--) {
                if (++index[d] < t.shape()[d]) {
                    break;
                }
                index[d] = 0;
            }
        }
        return new Tensor(t.shape().clone(), v);
    }

    /** IEEE 754 half precision to single. */
    static float halfToFloat(short h) {
        int sign = (h & 0x8000) << 16;
        int exponent = (h >>> 10) & 0x1f;
        int mantissa = h & 0x3ff;
        if (exponent == 0x1f) {
            return Float.intBitsToFloat(sign | 0x7f800000 | (mantissa << 13));
        }
        if (exponent == 0) {
            float v = mantissa * 0x1p-24f;
            return sign == 0 ? v : -v;
        }
        return Float.intBitsToFloat(sign | ((exponent + 112) << 23) | (mantissa << 13));
    }

    /** An unpickler whose persistent ids are PyTorch storages. */
    private static final class StorageUnpickler extends Unpickler {
        @Override
        protected Object persistentLoad(Object pid) {
            Object[] f = pid instanceof Object[] a ? a : ((List<?>) pid).toArray();
            if (f.length < 5 || !"storage".equals(f[0]) || !(f[1] instanceof StorageType type)) {
                throw new PickleException("unknown persistent id " + Arrays.deepToString(f));
            }
            return new StorageRef(type, String.valueOf(f[2]), ((Number) f[4]).longValue());
        }
    }

    /** The names of the tensors (for messages). */
    static List<String> names(Map<String, Tensor> tensors) {
        return new ArrayList<>(tensors.keySet());
    }
}
