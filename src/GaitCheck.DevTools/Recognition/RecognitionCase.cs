namespace GaitCheck.DevTools.Recognition;

/// <summary>What the recognition should say of a clip: a movement label, or "not recognised".</summary>
public enum ExpectedLabel { NotRecognised, SingleLegSquat, DoubleLegSquat, Running, Walking }

/// <summary>
/// One row of the recognition table: a clip from the shared media or the committed samples, optionally turned into an
/// adversarial variant with ffmpeg (<see cref="FfmpegArgs"/>: the arguments between the input and the output, with
/// <c>{in}</c> for the source path, or null to use the clip as it is).
/// </summary>
/// <param name="Name">Row name, also the variant's file name.</param>
/// <param name="Source">Path relative to the shared media folder, or "sample-videos/..." relative to the repository.</param>
/// <param name="Variant">What was done to the clip, in words.</param>
/// <param name="Expected">What a clinician who filmed it would want to hear.</param>
/// <param name="Why">Why that is the expected answer.</param>
/// <param name="FfmpegArgs">ffmpeg arguments making the variant, or null.</param>
public sealed record RecognitionCase(string Name, string Source, string Variant, ExpectedLabel Expected, string Why, IReadOnlyList<string>? FfmpegArgs = null);
