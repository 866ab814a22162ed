using GaitCheck.Core;
using GaitCheck.Core.Signal;

namespace GaitCheck.Analysis;

/// <summary>The landmark tracks that gait events are read from, when the sequence keeps the pose model's raw output.</summary>
public static partial class GaitEventDetector
{
    /// <summary>
    /// Tracks for finding events: the model's raw landmarks (<see cref="PoseFrame.Raw"/>) through the offline filter
    /// (<see cref="SequenceFilter"/>: Hampel, gap fill, 6 Hz zero-phase Butterworth) with NO visibility threshold;
    /// the sequence itself when it has no raw landmarks (exact or already unfiltered input).
    /// <para>Why: the offline filter turns points below visibility 0.5 into gaps. In a frontal view BlazePose rates
    /// the swinging foot, passing behind the stance leg, below 0.5 from about the moment it leaves the ground, so
    /// every toe-off falls at the start of a gap longer than the 0.1 s that is filled and cannot be seen (on the
    /// synthetic frontal run 4 of 5 left toe-offs were lost). The model still places the point, and event timing
    /// needs the path's shape rather than each point's accuracy; the Hampel filter still rejects outliers.</para>
    /// </summary>
    internal static PoseSequence EventTracks(PoseSequence seq) =>
        HasRaw(seq) ? SequenceFilter.Offline(seq, new OfflineFilterOptions { VisibilityThreshold = 0 }) : seq;

    /// <summary>
    /// As <see cref="EventTracks"/> but NOT low-passed (Hampel and gap fill only), for timing a peak found on the
    /// low-passed track; the sequence itself when it has no raw landmarks.
    /// <para>Why: the 6 Hz zero-phase Butterworth (Winter's cut-off for joint angles) adds no lag but moves the
    /// extremum of an asymmetric peak. Zeni's contact is the heel's most anterior position, a peak that is sharp on
    /// the landing side (swing-leg retraction ends in contact) and slow on the other, so after the filter it sits
    /// about 2 frames early at 60 fps (measured on the synthetic validation's sagittal runs and reproduced in
    /// FilteredLandmarkEventTests). Kristianslund, Krosshaug &amp; van den Bogert 2012 (J Biomech 45:666-671) show
    /// the same effect of low-pass cut-offs around impacts. So peaks are FOUND on the filtered track (robust to
    /// noise) and TIMED on this one within ±<see cref="PeakTimingFrames"/>.</para>
    /// </summary>
    internal static PoseSequence UnfilteredTracks(PoseSequence seq) =>
        HasRaw(seq) ? SequenceFilter.Offline(seq, new OfflineFilterOptions { VisibilityThreshold = 0, CutoffHz = 0 }) : seq;

    private static bool HasRaw(PoseSequence seq) => seq.Frames.Any(f => f.Raw != null);

    /// <summary>Half-width, in frames, of the window in which a filtered peak is re-timed on the unfiltered track: 1 / <see cref="GaitTuning.PeakTimingRate"/> s (1/30), at least 2 frames.</summary>
    internal static int PeakTimingFrames(PoseSequence seq, GaitTuning g) => Math.Max(2, (int)Math.Round(1 / (g.PeakTimingRate * seq.MedianFrameInterval())));
}
