namespace GaitCheck.Markers;

/// <summary>Why a marker is a gap in one frame (<see cref="MarkerTracker.Loss"/>), so the validation can say where tracking is lost.</summary>
public enum MarkerLoss : byte
{
    /// <summary>Tracked.</summary>
    None,
    /// <summary>No usable pose: no region to look in.</summary>
    NoPose,
    /// <summary>No blob fits it: none within its gate, or none that keeps its chain's shape.</summary>
    NoBlob,
    /// <summary>Another reading of the blobs, giving it a different one, fits almost as well.</summary>
    Ambiguous,
    /// <summary>Its blob was also the best fit for a marker of another chain (the legs cross or touch).</summary>
    Conflict,
    /// <summary>Not tracked in the frame before, and its chain not all in view: without the whole chain its place cannot say which sticker it is.</summary>
    Alone,
}
