namespace GaitCheck.DevTools.Recognition;

/// <summary>
/// The recognition table's clips: every video in the shared media (`../shared/media`, see its SOURCES.md), the committed
/// samples, and adversarial variants made from them with ffmpeg: scaled down and padded into a larger frame, slowed
/// with <c>setpts</c> (slow-motion playback) with and without the capture-rate tag a phone writes, left-leg then
/// right-leg reps concatenated, trimmed to one rep, a walking cut too short for strides, rotated, cropped mid-clip, and
/// filmed by a panning camera.
/// </summary>
public static class RecognitionCorpus
{
    /// <summary>Prefix of a <see cref="RecognitionCase.Source"/> in the repository's sample-videos folder.</summary>
    public const string Samples = "sample-videos/";

    private const string Squat = "squat-frontal/squat_frontal.mp4", Run = "run-treadmill-sagittal/male_side.mp4",
        Walk = "walk-sagittal/walk_sagittal.mp4", Sls = "sample-videos/sls-frontal-valgus-left.mp4";

    private static readonly string[] Encode = ["-an", "-c:v", "libx264", "-preset", "veryfast", "-crf", "18", "-pix_fmt", "yuv420p"];

    private static string[] Args(params string[] a) => [.. a, .. Encode];

    public static IReadOnlyList<RecognitionCase> All { get; } =
    [
        new("squat-frontal", Squat, "as filmed", ExpectedLabel.DoubleLegSquat, "bilateral bodyweight squats, frontal"),
        new("run-treadmill", Run, "as filmed", ExpectedLabel.Running, "treadmill running, sagittal"),
        new("run-treadmill-mov", "run-treadmill-sagittal/male_side_iphone_style.mov", "as filmed (HEVC .mov, rotation tag)", ExpectedLabel.Running, "the same run as a phone stores it"),
        new("walk-sagittal", Walk, "as filmed", ExpectedLabel.Walking, "walking across a gym, sagittal"),
        new("multi-person-outdoor", "multi-person-outdoor/demo.mp4", "as filmed", ExpectedLabel.NotRecognised, "a short walk and jumping jacks by several people: no squat set, too few strides"),
        new("single-leg-stance-cam01", "single-leg-stance-4view/cam01.mp4", "as filmed", ExpectedLabel.NotRecognised, "a 1.7 s balance reach on one leg: no squat repetitions"),
        new("single-leg-stance-cam02", "single-leg-stance-4view/cam02.mp4", "as filmed (VP9)", ExpectedLabel.NotRecognised, "the same balance reach, near-frontal"),
        new("single-leg-stance-cam03", "single-leg-stance-4view/cam03.mp4", "as filmed", ExpectedLabel.NotRecognised, "the same balance reach, posterior"),
        new("single-leg-stance-cam04", "single-leg-stance-4view/cam04.mp4", "as filmed", ExpectedLabel.NotRecognised, "the same balance reach, posterior-lateral"),
        new("fitness-4k-cmj", "fitness-4k-smpl/CMJ_1_smpl.mp4", "as filmed (4K, small subject)", ExpectedLabel.NotRecognised, "a countermovement jump: neither a squat set nor gait"),
        new("fitness-4k-llt", "fitness-4k-smpl/LLT_1_smpl.mp4", "as filmed (4K, small subject)", ExpectedLabel.NotRecognised, "a lateral lunge: the hips travel sideways"),
        new("sls-left", Sls, "as rendered (synthetic)", ExpectedLabel.SingleLegSquat, "three left-leg single-leg squats, frontal"),
        new("run-posterior", "sample-videos/run-posterior.mp4", "as rendered (synthetic)", ExpectedLabel.Running, "running seen from behind"),
        new("squat-small-30", Squat, "scaled to 30% of a 1080p frame's height (the squatter about 12%), padded", ExpectedLabel.DoubleLegSquat, "the same squats, far from the camera",
            Args("-vf", "scale=-2:324,pad=1920:1080:(ow-iw)/2:(oh-ih)/2")),
        new("run-small-4k", Run, "first 6 s scaled to 30% of a 4K frame's height (the runner about 13%), padded", ExpectedLabel.Running, "the same run, far from the camera in 4K",
            Args("-t", "6", "-vf", "scale=-2:648,pad=3840:2160:(ow-iw)/2:(oh-ih)/2")),
        new("run-slowmo-4x", Run, "first 4 s slowed 4x with setpts, 30 fps (slow-motion playback, no tag)", ExpectedLabel.NotRecognised, "steps 4 times too slow: slow motion must be caught, no cadence given",
            Args("-vf", "trim=0:4,setpts=4*(PTS-STARTPTS)", "-r", "30")),
        new("run-slowmo-4x-tagged", Run, "the same, with com.android.capture.fps = 120 in the metadata", ExpectedLabel.Running, "the capture rate is known: real-time running",
            Args("-vf", "trim=0:4,setpts=4*(PTS-STARTPTS)", "-r", "30", "-metadata", "com.android.capture.fps=120.000000", "-movflags", "use_metadata_tags")),
        new("sls-left-then-right", Sls, "left-leg reps, then the mirrored clip (right-leg reps) concatenated", ExpectedLabel.SingleLegSquat, "two sets, one per leg",
            Args("-filter_complex", "[0:v]split[a][b];[b]hflip[m];[a][m]concat=n=2:v=1[v]", "-map", "[v]")),
        new("sls-one-rep", Sls, "trimmed to its first rep", ExpectedLabel.SingleLegSquat, "a single-leg squat, but too few reps for a reading",
            Args("-t", "3.5")),
        new("walk-3s", Walk, "first 3 s", ExpectedLabel.NotRecognised, "too few strides to tell walking from running",
            Args("-t", "3")),
        new("squat-rotated", Squat, "first 5 s rotated 90° in the pixels (no rotation tag)", ExpectedLabel.NotRecognised, "the person lies sideways in the frame",
            Args("-t", "5", "-vf", "transpose=1")),
        new("run-cropped-mid", Run, "first 4 s as filmed, then 4 s zoomed to the upper half (legs out of frame)", ExpectedLabel.Running, "4 s of running; the zoomed part has no legs",
            Args("-filter_complex", "[0:v]trim=0:4,setpts=PTS-STARTPTS[a];[0:v]trim=4:8,setpts=PTS-STARTPTS,crop=iw:ih/2:0:0,scale=720:1280,setsar=1[b];[a][b]concat=n=2:v=1[v]", "-map", "[v]")),
        new("run-panning", Run, "padded to 2880 px wide and followed by a camera panning at 360 px/s", ExpectedLabel.NotRecognised, "a moving camera: frame-relative angles and timing are not trusted",
            Args("-vf", "pad=2880:1280:1080:0,crop=720:1280:x='min(2160,t*360)':y=0")),
    ];
}
