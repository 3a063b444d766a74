"""Writes a torchvision ResNet-18 (weights=None) with patterned weights, as PyTorch users export
networks: resnet18.pt.gz (TorchScript, torch.jit.script + save) and resnet18-state.pth.gz
(torch.save of the state_dict), and not-resnet18.pth.gz (one 8x3x7x7 conv1). Every tensor is a run of constants (value depends on the tensor
and the output channel; convolutions scaled by 4 / fan-in), so the gzipped files stay small. Also writes
  tensors.csv   name,shape,sum   for every tensor of the state_dict (buffers included)
  features.csv  the 512 pooled features (before fc, eval mode) of the input in the docstring of
                MatInf's TorchWeightsTest: a one-channel 64 x 64 ramp x/63 - y/63, replicated to
                three channels.
Run with Debian's python3-torch 1.13 and python3-torchvision 0.14:
  /usr/bin/python3 make_resnet18.py
"""
import gzip, shutil
import torch, torchvision

torch.manual_seed(0)
m = torchvision.models.resnet18(weights=None)
with torch.no_grad():
    for k, (name, t) in enumerate(m.state_dict().items()):
        if t.dtype != torch.float32:
            continue
        out = t.shape[0]
        per = torch.tensor([((k * 37 + o * 11) % 23 - 11) / 100.0 for o in range(out)])
        if name.endswith("running_var") or (name.startswith("bn") or ".bn" in name or "downsample.1" in name) and name.endswith("weight"):
            per = per.abs() + 0.5
        shape = [out] + [1] * (t.dim() - 1)
        val = per.reshape(shape).expand_as(t).clone()
        if t.dim() == 4:
            val = val * 4.0 / (t.shape[1] * t.shape[2] * t.shape[3])
        if name == "conv1.weight":
            val = val * torch.tensor([1.0, 2.0, 3.0]).reshape(1, 3, 1, 1)
        t.copy_(val)
m.eval()
torch.jit.script(m).save("resnet18.pt")
torch.save(m.state_dict(), "resnet18-state.pth")
# a state dict that is not a ResNet-18 (its conv1 has 8 filters), for the error message
torch.save({"conv1.weight": torch.zeros(8, 3, 7, 7)}, "not-resnet18.pth")
for f in ["resnet18.pt", "resnet18-state.pth", "not-resnet18.pth"]:
    with open(f, "rb") as src, gzip.GzipFile(f + ".gz", "wb", mtime=0) as dst:
        shutil.copyfileobj(src, dst)
with open("tensors.csv", "w") as f:
    f.write("name,shape,sum\n")
    for name, t in m.state_dict().items():
        f.write("%s,%s,%.9g\n" % (name, "x".join(str(s) for s in t.shape), t.double().sum().item()))
y, x = torch.meshgrid(torch.arange(64.0), torch.arange(64.0), indexing="ij")
img = (x / 63 - y / 63).reshape(1, 1, 64, 64).expand(1, 3, 64, 64)
m.fc = torch.nn.Identity()
with torch.no_grad():
    feat = m(img)[0]
with open("features.csv", "w") as f:
    f.write("feature\n")
    for v in feat.tolist():
        f.write("%.9g\n" % v)
print(torch.__version__, torchvision.__version__)
