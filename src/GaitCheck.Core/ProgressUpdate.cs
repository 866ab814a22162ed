namespace GaitCheck.Core;

/// <summary>
/// Where a long run is, for the terminal's progress line: the stage (e.g. "pose", "overlay", "clip 2/3 pose"),
/// units done and the total when known (frames; for batch, inputs, with <see cref="Failed"/> of them failed).
/// Pipeline reports it through an <see cref="IProgress{T}"/>; the CLI decides how (and whether) to show it.
/// </summary>
public readonly record struct ProgressUpdate(string Stage, long Done, long? Total, string Unit = "frames", long Failed = 0);
