"""scikit-learn side of org.matinf.bench.GpBench: fits GaussianProcessRegressor(C(1) * Matern(1, nu=2.5)
+ WhiteKernel(1), normalize_y=True, n_restarts_optimizer=restarts, random_state=0) to the training CSV
(columns x0..x{d-1}, y) and predicts mean and std at the test CSV; prints seconds and the likelihood.
Usage: gp_sklearn.py train.csv test.csv restarts"""
import sys
import time
import numpy as np
from sklearn.gaussian_process import GaussianProcessRegressor
from sklearn.gaussian_process.kernels import ConstantKernel, Matern, WhiteKernel

train = np.loadtxt(sys.argv[1], delimiter=",", skiprows=1)
test = np.loadtxt(sys.argv[2], delimiter=",", skiprows=1)
restarts = int(sys.argv[3])
X, y, Xs = train[:, :-1], train[:, -1], test[:, :-1]
kernel = ConstantKernel(1.0) * Matern(1.0, nu=2.5) + WhiteKernel(1.0)
t0 = time.perf_counter()
gp = GaussianProcessRegressor(kernel, normalize_y=True, n_restarts_optimizer=restarts, random_state=0).fit(X, y)
fit = time.perf_counter() - t0
t0 = time.perf_counter()
mean, std = gp.predict(Xs, return_std=True)
predict = time.perf_counter() - t0
print("sklearn_gp_fit_seconds,%.6g" % fit)
print("sklearn_gp_predict_seconds,%.6g" % predict)
print("sklearn_gp_log_marginal_likelihood,%.10g" % gp.log_marginal_likelihood_value_)
print("sklearn_gp_kernel,%s" % str(gp.kernel_).replace(",", ";"))
