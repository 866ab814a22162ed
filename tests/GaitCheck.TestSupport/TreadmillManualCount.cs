namespace GaitCheck.TestSupport;

/// <summary>Manual count of the real treadmill clip's initial contacts (see TreadmillManualCount.md for how it was made).</summary>
public static class TreadmillManualCount
{
    public const string Media = "run-treadmill-sagittal/male_side.mp4";
    public const double Fps = 30;

    /// <summary>Initial-contact frame indices of both feet, in order.</summary>
    public static readonly int[] Contacts =
    [
        3, 13, 24, 34, 45, 55, 66, 77, 87, 98, 108, 119, 130, 140, 151, 162, 172, 183, 194, 205, 216, 227, 238, 248,
        259, 270, 280, 291, 302, 312, 322, 333, 344, 354,
    ];

    /// <summary>Left (near) foot contacts; medium confidence on which foot is which.</summary>
    public static readonly int[] LeftContacts = [13, 34, 55, 77, 98, 119, 140, 162, 183, 205, 227, 248, 270, 291, 312, 333, 354];
    public static readonly int[] RightContacts = [3, 24, 45, 66, 87, 108, 130, 151, 172, 194, 216, 238, 259, 280, 302, 322, 344];

    /// <summary>Steps per minute from the count: (contacts - 1) steps over the first-to-last contact time.</summary>
    public static double CadenceStepsPerMinute => 60.0 * (Contacts.Length - 1) / ((Contacts[^1] - Contacts[0]) / Fps);

    /// <summary>Tolerance the issue asks for.</summary>
    public const double CadenceTolerance = 3;
}

/// <summary>Manual look at the real frontal bilateral-squat clip (see SquatFrontalManualCount.md).</summary>
public static class SquatFrontalManualCount
{
    public const string Media = "squat-frontal/squat_frontal.mp4";
    public const int Reps = 3;
    /// <summary>Approximate bottom frames (±6 frames at 60 fps).</summary>
    public static readonly int[] BottomFrames = [117, 249, 387];
    public const int BottomTolerance = 12;
}
