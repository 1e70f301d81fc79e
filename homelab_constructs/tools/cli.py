"""Running an app and the ``synth`` / ``validate`` commands of ``python -m homelab_constructs``.

* :func:`run_app` is what an app's ``main.py`` calls: it builds the app, runs every check and
  writes the manifests, and turns every error into ``error: <construct path>: <what> (got
  <value>); <fix>`` lines and a non-zero exit code (no Python traceback, no jsii or Node stack);
  once the manifests are written it prints one ``waived <recommendation> for ...: <reason>``
  line per recommendation the app waived.
* ``synth`` runs the app into a staging directory beside ``dist/``, validates what it wrote
  (schemas, CEL rules, whole-app checks) and only then swaps it in. The swap is safe at every
  instant: a lock serializes concurrent runs; on Linux the new and the old tree change places
  in one atomic ``renameat2(RENAME_EXCHANGE)``, so ``dist/`` is complete at every instant;
  elsewhere a run killed between its two renames leaves ``.dist-old``, which the next run
  restores before anything else; leftover staging directories are removed. Whatever fails,
  the previous ``dist/`` stays as it was and the reason is one line. Its summary lists the
  recommendations the app waived (read from ``waivers.txt``, which ``validate`` honoured).
* ``validate DIR`` checks a directory of manifests the same way (exit 1 on any problem).
"""
from __future__ import annotations

import argparse
import contextlib
import ctypes
import errno
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Callable, Iterator, NoReturn, Optional, Sequence, TextIO

from .. import _env

_CLASH = re.compile(r"There is already a Construct with name '([^']*)' in \w+(?: \[([^\]]*)\])?")


def error_lines(err: BaseException) -> list[str]:
    """The ``error: ...`` lines for an exception raised while building or writing an app."""
    from ..validation.crdset import SchemaSetError

    if isinstance(err, (ValueError, SchemaSetError)):
        return [f"error: {line}" for line in str(err).splitlines() if line.strip()]
    first = (str(err).strip().splitlines() or [type(err).__name__])[0]
    clash = _CLASH.search(first)
    if clash:
        child, parent = clash.group(1), clash.group(2) or ""
        path = f"{parent}/{child}" if parent else child
        return [f"error: {path}: construct id is already used under {parent or 'the app'} (got {child!r}); "
                "give each construct its own id (ids feed generated names)"]
    return [f"error: {first}"]


_CALL = re.compile(r"^(?P<cls>\w+)\.__init__\(\) (got an unexpected keyword argument '(?P<arg>\w+)'|"
                   r"missing \d+ required (positional|keyword-only) arguments?: (?P<missing>.+))$")


def call_problem(err: TypeError) -> Optional[str]:
    """The one-line problem for a call of one of the library's value classes (``HomelabSpec``,
    ``Listener``, ...) with an argument it does not take or without one it needs; ``None`` for
    any other ``TypeError`` (a bug, shown as it is)."""
    import homelab_constructs

    from .._props import keyword_problem
    from .._validation import Code, message

    found = _CALL.match(str(err))
    cls = getattr(homelab_constructs, found["cls"], None) if found else None
    if found is None or not isinstance(cls, type):
        return None
    name = cls.__name__
    if found["missing"]:
        missing = found["missing"].replace("'", "").replace(" and ", ", ")
        return message(name, f"{name} needs the argument(s) {missing}", Code("a call without them"),
                       f"pass {', '.join(m.strip() + '=...' for m in missing.split(','))}; see help({name})")
    problem = keyword_problem(cls, {found["arg"]: None})
    return message(name, *problem) if problem else None


#: set by ``synth`` for the app it runs: the app leaves the waivers to ``synth``'s summary
SYNTH_SUMMARY = "HOMELAB_CONSTRUCTS_SYNTH_SUMMARY"


def run_app(build: Callable[..., object], app: Optional[object] = None, err: Optional[TextIO] = None) -> int:
    """Build ``build(app)`` into a new ``cdk8s.App`` (honours ``CDK8S_OUTDIR``), check and write it.

    Once the manifests are written it prints, on stdout, one ``waived <recommendation> for
    <namespace or construct> <target>: <reason>`` line per waiver of the app (unless run by
    ``python -m homelab_constructs synth``, whose summary lists them), then the warnings.

    :returns: the exit code: 0 when the manifests were written, 1 with ``error:`` lines on
        ``err`` (default stderr) when a construct, a whole-app check or jsii refused the app.
    """
    import cdk8s

    from .._base import warnings_of
    from ..recommendations import waivers
    from ..synthesis import synth

    err = err or sys.stderr
    try:
        the_app = app if app is not None else cdk8s.App()
        build(the_app)
        synth(the_app)  # type: ignore[arg-type]
    except (ValueError, RuntimeError, OSError) as e:  # jsii raises RuntimeError with the JS message
        for line in error_lines(e):
            print(line, file=err)
        return 1
    except TypeError as e:  # a value class called with a wrong argument: one line; anything else is a bug
        problem = call_problem(e)
        if problem is None:
            raise
        print(f"error: {problem}", file=err)
        return 1
    if not os.environ.get(SYNTH_SUMMARY):  # the recommendations waived: said, for reviewers
        for waiver in waivers(the_app):  # type: ignore[arg-type]
            print(waiver.summary())
    # what the props gave up of a safe default: said, on stdout (the manifests are fine)
    for line in warnings_of(the_app):  # type: ignore[arg-type]
        print(f"warning: {line}")
    return 0


def exit_with(code: int) -> NoReturn:
    """End the process at once with ``code`` once the manifests are written: the interpreter's
    teardown (jsii stopping its Node kernel, freeing every binding class) adds about 0.2 s and
    writes nothing. For an app's ``main.py``: ``exit_with(run_app(build))``."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


# ---- synth

def repository_output(cwd: Path) -> str:
    """The bundle's folder in the repository: ``cdk8s.yaml``'s ``output`` (the cdk8s convention),
    else ``dist``. It names the folder the stage Kustomizations (or Applications) apply, and does
    not follow ``--out``: a build into a scratch folder writes the same paths as the committed one."""
    config = cwd / "cdk8s.yaml"
    if config.is_file():
        import yaml

        try:
            output = (yaml.safe_load(config.read_text(encoding="utf-8")) or {}).get("output")
        except (yaml.YAMLError, AttributeError):
            output = None
        if isinstance(output, str) and output.strip() and not Path(output).is_absolute():
            return output.strip().removeprefix("./").rstrip("/")
    return "dist"


def _app_command(explicit: Optional[str], cwd: Path) -> list[str]:
    """``--app``, else ``cdk8s.yaml``'s ``app:``, else ``python main.py``; ``python`` is this interpreter."""
    command = explicit
    config = cwd / "cdk8s.yaml"
    if command is None and config.is_file():
        import yaml

        command = (yaml.safe_load(config.read_text(encoding="utf-8")) or {}).get("app")
    words = shlex.split(command or "python main.py")
    if words and words[0] in ("python", "python3"):
        words[0] = sys.executable
    return words


@contextlib.contextmanager
def _locked(out: Path) -> Iterator[None]:
    """Hold an exclusive lock for ``out``'s swap (other runs wait for it)."""
    import fcntl

    lock = out.with_name(f".{out.name}.lock")
    with open(lock, "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def recover(out: Path) -> None:
    """Undo what a killed run left: restore ``out`` from ``.out-old`` if it is missing, else
    drop ``.out-old``; remove leftover ``.out-new-*`` staging directories. Call under the lock."""
    old = out.with_name(f".{out.name}-old")
    if old.is_dir():
        if out.exists():
            shutil.rmtree(old)
        else:
            old.rename(out)
    for leftover in out.parent.glob(f".{out.name}-new-*"):
        shutil.rmtree(leftover, ignore_errors=True)


#: fault injection for the tests: ``HOMELAB_SYNTH_KILL_AT=<step>`` kills the process at that step
#: of the swap (``before-swap``, ``after-exchange``, ``between-renames``, ``after-renames``)
KILL_AT = "HOMELAB_SYNTH_KILL_AT"
_AT_FDCWD, _RENAME_EXCHANGE = -100, 2


def _step(name: str) -> None:
    if os.environ.get(KILL_AT) == name:
        os.kill(os.getpid(), signal.SIGKILL)


def exchange(a: Path, b: Path) -> bool:
    """Swap two existing paths in one atomic step (Linux ``renameat2(RENAME_EXCHANGE)``);
    ``False`` where the system or file system cannot, so the caller falls back."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
        return False
    raise OSError(err, os.strerror(err), str(b))


def swap(staging: Path, out: Path) -> None:
    """Replace ``out`` by ``staging``.

    Where the system can, the two directories change places in one atomic step, so ``out`` is
    complete at every instant (the previous tree is left in ``staging``, which the caller
    removes). Elsewhere two renames: at every instant either ``out`` or ``.out-old`` is complete,
    and :func:`recover` puts ``out`` back if the process dies between them."""
    _step("before-swap")
    if out.exists() and exchange(staging, out):
        _step("after-exchange")
        return
    old = out.with_name(f".{out.name}-old")
    if out.exists():
        out.rename(old)
        _step("between-renames")
    staging.rename(out)
    _step("after-renames")
    shutil.rmtree(old, ignore_errors=True)


def _validation_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--crds", type=Path, default=None,
                        help="the pinned CRD schemas: a directory of CRD files or a compact *.json.gz set "
                             "(default: $CRDS_DIR, else the set shipped with the library)")
    for what, more in (("node", ": the nodes' own addresses, such as 192.168.10.11/32, not their LAN"), ("pod", ""),
                       ("service", "")):
        parser.add_argument(f"--{what}-cidr", action="append", default=[], metavar="CIDR",
                            help=f"a {what} CIDR that no LoadBalancer pool may overlap (repeatable){more}")


def validate(directory: Path, args: argparse.Namespace, out: TextIO = sys.stdout, err: TextIO = sys.stderr,
             prog: str = "validate") -> int:
    """Validate ``directory``; print each problem and a summary; return 0, 1 (problems) or 2."""
    from .._manifests import ManifestError
    from ..cluster import ClusterCidrs, check_cluster_cidrs
    from ..delivery.prerequisites import prerequisite_problems, read_prerequisites
    from ..validation import SchemaSetError, load_dir, validate_dir

    try:
        cidrs = check_cluster_cidrs(prog, ClusterCidrs(nodes=tuple(args.node_cidr), pods=tuple(args.pod_cidr),
                                                       services=tuple(args.service_cidr)))
    except ValueError as e:
        print(e, file=err)
        return 2
    try:
        report = validate_dir(directory, args.crds, cidrs)
    except (SchemaSetError, ManifestError) as e:
        print(f"{prog}: {e}", file=err)
        return 2
    except ImportError as e:
        print(f"{prog}: the validation extra is not installed ({e}); "
              "pip install 'homelab-constructs[validate]'", file=err)
        return 2
    try:  # the prerequisites.txt beside the manifests lists what the bundle needs (when there is one)
        report.problems += prerequisite_problems(load_dir(directory), read_prerequisites(directory))
    except ValueError as e:
        print(f"{prog}: {e}", file=err)
        return 2
    for problem in report.problems:
        print(problem, file=err)
    print(f"{prog}: {report.summary()}", file=out if report.ok else err)
    return 0 if report.ok else 1


def validate_main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m homelab_constructs validate",
                                     description="Check a directory of manifests as the cluster would: schemas, "
                                                 "CEL rules, whole-app checks. Exit 1 on any problem.")
    parser.add_argument("directory", type=Path, help="the manifests (*.yaml), e.g. dist")
    _validation_arguments(parser)
    args = parser.parse_args(argv)
    if not args.directory.is_dir():
        print(f"validate: {args.directory} is not a directory; give the folder the app wrote (e.g. dist)",
              file=sys.stderr)
        return 2
    return validate(args.directory, args)


def synth_main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m homelab_constructs synth",
                                     description="Run a cdk8s app into a staging directory, validate it, then "
                                                 "swap it into the output directory (never a half-written one).")
    parser.add_argument("--app", default=None, help="the app command (default: cdk8s.yaml's app, else "
                                                    "'python main.py')")
    parser.add_argument("--out", type=Path, default=Path("dist"), help="output directory (default: dist)")
    parser.add_argument("--no-validate", action="store_true", help="skip the schema, CEL and whole-app checks")
    parser.add_argument("--flat", action="store_true",
                        help="write the manifests in one folder as the app wrote them, not one folder per stage")
    parser.add_argument("--flux-path", "--repo-path", default=None,
                        help="the bundle's folder in the Git repository, for the stage Kustomizations or "
                             "Applications (default: cdk8s.yaml's output, else dist: the same whatever --out is, so "
                             "a build elsewhere differs from the committed one only where the app does)")
    parser.add_argument("--repo-url", default=None,
                        help="Argo CD delivery: the Git repository the stage Applications read (default: the "
                             "URL of the remote 'origin')")
    parser.add_argument("--revision", default="HEAD",
                        help="Argo CD delivery: the branch, tag or commit the stage Applications read (default: HEAD)")
    parser.add_argument("--flux-source", default="flux-system",
                        help="the Flux GitRepository (in flux-system) holding the repository (default: flux-system)")
    _validation_arguments(parser)
    args = parser.parse_args(argv)
    out = args.out.resolve()
    try:
        return _synth(args, out)
    except OSError as e:  # a full or read-only disk, a missing folder: one line, dist/ untouched
        where = f" ({e.filename})" if e.filename else ""
        print(f"synth: {e.strerror or e}{where}; {out} was left as it was", file=sys.stderr)
        return 1


def _stage(staging: Path, args: argparse.Namespace) -> None:
    """One folder per stage (:mod:`.delivery`), and what applies them in order: the Flux
    Kustomizations, or, when the app delivers with Argo CD, one Application per stage with sync
    waves (and no Flux object)."""
    import yaml

    from ..delivery.stages import ARGOCD_FOLDER, FLUX_FOLDER, argocd_stages, delivery_of, flux_stages, restage

    written = restage(staging)
    folders = {path.parent.name for path in written}
    path = args.flux_path or "./" + repository_output(Path.cwd())
    argocd = delivery_of(doc for p in written for doc in yaml.safe_load_all(p.read_text(encoding="utf-8"))
                         if isinstance(doc, dict))
    if argocd is None:
        (staging / FLUX_FOLDER).mkdir()
        text = flux_stages(folders, path=path, source=args.flux_source)
        (staging / FLUX_FOLDER / "stages.k8s.yaml").write_text(text, encoding="utf-8")
        return
    (staging / ARGOCD_FOLDER).mkdir()
    text = argocd_stages(folders, repo_url=args.repo_url or _origin(), path=path.removeprefix("./"),
                         revision=args.revision, **argocd)
    (staging / ARGOCD_FOLDER / "stages.k8s.yaml").write_text(text, encoding="utf-8")


def _origin() -> str:
    """The URL of the Git remote ``origin`` of the current directory (``--repo-url``'s default),
    or a placeholder that says to pass ``--repo-url``."""
    try:
        found = subprocess.run(["git", "remote", "get-url", "origin"], capture_output=True, text=True, check=False)
    except OSError:
        return "https://git.example/set-repo-url-with-synth--repo-url.git"
    return found.stdout.strip() or "https://git.example/set-repo-url-with-synth--repo-url.git"


def _prerequisites(directory: Path) -> list:
    """Bring ``directory``'s ``prerequisites.txt`` up to date with every manifest in it (the
    stage objects ``synth`` added too); return the prerequisites."""
    from ..delivery.prerequisites import refresh_prerequisites
    from ..validation import load_dir

    return refresh_prerequisites(directory, load_dir(directory))


def _say_prerequisites(out: Path) -> None:
    """Print what must exist before ``out`` is applied (its ``prerequisites.txt``): the API groups
    whose CRDs no release in it installs, and the Secrets it reads but does not write."""
    from ..delivery.prerequisites import PREREQUISITES_FILE

    path = out / PREREQUISITES_FILE
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")] \
        if path.is_file() else []
    if lines:
        print(f"synth: these must exist before {out.name}/ is applied ({PREREQUISITES_FILE}):")
        for line in lines:
            print(f"synth:   {line}")


def _say_waivers(out: Path) -> None:
    """Print each recommendation the app waived (its ``waivers.txt``), one line each."""
    from ..validation.recommendations import WAIVERS_FILE, read_waivers

    for waiver in read_waivers(out):
        print(f"synth: {waiver.summary()} ({WAIVERS_FILE})")


def _synth(args: argparse.Namespace, out: Path) -> int:
    out.parent.mkdir(parents=True, exist_ok=True)
    with _locked(out):
        recover(out)
        staging = Path(tempfile.mkdtemp(prefix=f".{out.name}-new-", dir=out.parent))
        try:
            cmd = _app_command(args.app, Path.cwd())
            env = _env.child_env(CDK8S_OUTDIR=str(staging), **{SYNTH_SUMMARY: "1"})
            env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
            result = subprocess.run(cmd, env=env)
            manifests = sorted(staging.glob("*.yaml"))
            if result.returncode != 0 or not manifests:
                why = f"the app exited with {result.returncode}" if result.returncode else "the app wrote no manifests"
                print(f"synth: failed ({why}); {out} was left as it was", file=sys.stderr)
                return result.returncode or 1
            if not args.flat:
                _stage(staging, args)
            with contextlib.suppress(ValueError):  # a manifest it cannot read: validate says which
                _prerequisites(staging)
            if not args.no_validate and validate(staging, args, prog="synth") != 0:
                print(f"synth: the manifests are invalid (see above); {out} was left as it was", file=sys.stderr)
                return 1
            swap(staging, out)
            layout = "" if args.flat else f" in stage folders ({', '.join(sorted(p.name for p in out.iterdir() if p.is_dir()))})"
            print(f"synth: wrote {len(manifests)} manifests to {out}{layout}")
            _say_waivers(out)
            _say_prerequisites(out)
            return 0
        finally:
            shutil.rmtree(staging, ignore_errors=True)
