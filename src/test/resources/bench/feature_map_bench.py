"""scikit-learn side of org.matinf.bench.FeatureMapBench: times PCA (2 components) and t-SNE
(perplexity 30, 1000 iterations, Barnes-Hut, PCA-free random start) on the matrix the Java bench
wrote. Prints "case,seconds" lines. Run: /usr/bin/python3 feature_map_bench.py matrix.csv"""
import sys
import time
import numpy as np
from sklearn.decomposition import PCA
from sklearn.manifold import TSNE

x = np.loadtxt(sys.argv[1], delimiter=",")
x = (x - x.mean(axis=0)) / x.std(axis=0)
t = time.perf_counter()
PCA(n_components=2).fit_transform(x)
print("sklearn_pca,%.3f" % (time.perf_counter() - t))
t = time.perf_counter()
TSNE(n_components=2, perplexity=30, n_iter=1000, init="random", learning_rate=200.0, random_state=0).fit_transform(x)
print("sklearn_tsne,%.3f" % (time.perf_counter() - t))
