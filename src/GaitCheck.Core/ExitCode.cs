namespace GaitCheck.Core;

/// <summary>Process exit codes. Documented in README "Exit codes"; never renumber.</summary>
public enum ExitCode
{
    Ok = 0,
    /// <summary>Unexpected internal error (a bug).</summary>
    InternalError = 1,
    /// <summary>Bad command line (parse errors included).</summary>
    Usage = 2,
    /// <summary>Input path missing or unreadable, or not a regular file (folder, FIFO, device, socket, broken link).</summary>
    InputNotFound = 3,
    /// <summary>Not a decodable video: corrupt, audio only, zero frames, still image.</summary>
    BadVideo = 4,
    /// <summary>No person found in the clip.</summary>
    NoPerson = 5,
    /// <summary>The camera view does not allow the requested analysis.</summary>
    WrongView = 6,
    /// <summary>Model files missing: run `gaitcheck models install`.</summary>
    ModelMissing = 7,
    /// <summary>Model file fails its checksum or cannot be converted (unknown operator, malformed file).</summary>
    ModelInvalid = 8,
    /// <summary>Output could not be written (disk full, permission denied).</summary>
    OutputFailed = 9,
    /// <summary>Keypoint file malformed, or a markers.csv read back with it (`analyze-keypoints --markers`).</summary>
    BadKeypoints = 10,
    /// <summary>A batch finished but some inputs failed.</summary>
    PartialBatch = 11,
    /// <summary>An external tool (npm) failed or a download did not match its pinned hash.</summary>
    ExternalToolFailed = 12,
    /// <summary>A batch input's worker process died (a native crash, abort, or killed above the batch's memory cap); recorded per input in batch-summary.csv.</summary>
    WorkerCrashed = 13,
    /// <summary>A batch input's worker process did not finish within the batch's per-input time limit and was killed; recorded per input.</summary>
    WorkerTimeout = 14,
    /// <summary>Interrupted by the user (Ctrl+C, SIGINT): 128 + 2.</summary>
    Cancelled = 130,
    /// <summary>Stopped by SIGTERM (a scheduler's preemption, `kill`): 128 + 15.</summary>
    Terminated = 143,
}

/// <summary>An error meant for the user: one line, one exit code. Thrown anywhere, reported once at the CLI boundary.</summary>
public class GaitCheckException : Exception
{
    public GaitCheckException(ExitCode code, string message, Exception? inner = null) : base(message, inner) => Code = code;
    public ExitCode Code { get; }
}
