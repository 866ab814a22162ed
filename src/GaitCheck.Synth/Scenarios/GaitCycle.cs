namespace GaitCheck.Synth.Scenarios;

/// <summary>
/// Sagittal joint-angle curves over one gait cycle (phase 0 = initial contact, toe-off at the nominal duty
/// factor), shaped after the mean curves of Novacheck 1998 ("The biomechanics of running", Gait Posture
/// 7:77, figs. 6-8) for running and Perry &amp; Burnfield 2010 (Gait Analysis, ch. 4-6) for walking.
/// Hip flexion is of the thigh to the vertical (the pelvis is kept level in the sagittal plane).
/// The phase is warped so that toe-off falls at the requested duty factor.
/// </summary>
public sealed class GaitCycle
{
    public double NominalDuty { get; }
    public PeriodicCurve Hip { get; }
    public PeriodicCurve Knee { get; }
    public PeriodicCurve Ankle { get; }

    private GaitCycle(double duty, PeriodicCurve hip, PeriodicCurve knee, PeriodicCurve ankle)
    { NominalDuty = duty; Hip = hip; Knee = knee; Ankle = ankle; }

    public static GaitCycle Running { get; } = new(0.38,
        new((0, 25), (0.10, 22), (0.19, 18), (0.30, 2), (0.38, -12), (0.50, -5), (0.62, 15), (0.75, 30), (0.87, 33), (0.95, 28)),
        new((0, 15), (0.10, 38), (0.19, 42), (0.30, 32), (0.38, 28), (0.50, 60), (0.62, 95), (0.72, 100), (0.82, 70), (0.92, 30), (0.97, 17)),
        new((0, 5), (0.10, 18), (0.19, 24), (0.30, 12), (0.38, -2), (0.50, -8), (0.62, 2), (0.80, 6), (0.95, 6)));

    public static GaitCycle Walking { get; } = new(0.62,
        new((0, 25), (0.15, 20), (0.30, 5), (0.50, -10), (0.62, -5), (0.75, 15), (0.87, 28), (0.95, 27)),
        new((0, 3), (0.12, 15), (0.30, 6), (0.50, 8), (0.62, 38), (0.72, 60), (0.85, 30), (0.95, 4)),
        new((0, 0), (0.08, -5), (0.30, 8), (0.48, 10), (0.60, -12), (0.70, -5), (0.85, 2), (0.95, 1)));

    /// <summary>Maps a real phase (toe-off at <paramref name="duty"/>) to the curves' nominal phase.</summary>
    public double Warp(double phase, double duty)
    {
        double p = phase - Math.Floor(phase);
        return p < duty ? p / duty * NominalDuty : NominalDuty + (p - duty) / (1 - duty) * (1 - NominalDuty);
    }
}
