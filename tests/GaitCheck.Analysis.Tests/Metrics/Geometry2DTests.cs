using GaitCheck.Analysis;
using GaitCheck.Analysis.Metrics;
using GaitCheck.Core;

namespace GaitCheck.Analysis.Tests.Metrics;

/// <summary>
/// Exact-geometry tests: points are built in anatomical coordinates (lateral, down) with a known angle, then
/// placed in the image for each side and each frontal-plane view. Every angle must come back within 0.1°.
/// </summary>
public class Geometry2DTests
{
    private const double Tol = 0.1;
    private static readonly P2 Centre = new(640, 300);

    public static TheoryData<Side, CameraView> SidesAndViews() => new()
    {
        { Side.Left, CameraView.Frontal }, { Side.Right, CameraView.Frontal },
        { Side.Left, CameraView.Posterior }, { Side.Right, CameraView.Posterior },
    };

    /// <summary>Image point from anatomical coordinates of a limb on <paramref name="side"/>: lateral (+ away from midline) and down.</summary>
    private static P2 Img(Side side, CameraView view, double lateral, double down) =>
        new(Centre.X + Geometry2D.LateralSign(side, view) * lateral, Centre.Y + down);

    private static (double s, double c) SinCos(double deg) => Math.SinCos(deg * Math.PI / 180);

    [Fact]
    public void Lateral_sign_follows_the_view()
    {
        // Frontal: camera faces the subject, so the subject's left is on the image right.
        Assert.Equal(1, Geometry2D.LateralSign(Side.Left, CameraView.Frontal));
        Assert.Equal(-1, Geometry2D.LateralSign(Side.Right, CameraView.Frontal));
        Assert.Equal(-1, Geometry2D.LateralSign(Side.Left, CameraView.Posterior));
        Assert.Equal(1, Geometry2D.LateralSign(Side.Right, CameraView.Posterior));
        Assert.Equal(0, Geometry2D.LateralSign(Side.Left, CameraView.LeftSagittal));
        Assert.Equal(-1, Geometry2D.FacingSign(CameraView.LeftSagittal));
        Assert.Equal(1, Geometry2D.FacingSign(CameraView.RightSagittal));
    }

    [Theory]
    [MemberData(nameof(SidesAndViews))]
    public void Fppa_is_exact_and_positive_for_a_medial_knee(Side side, CameraView view)
    {
        foreach (double thigh in new[] { -12.0, 0, 7.5 })
            foreach (double fppa in new[] { -15.0, -3.3, 0, 4.2, 16.8, 30 })
            {
                var (s1, c1) = SinCos(thigh);
                var (s2, c2) = SinCos(thigh + fppa);   // shank deviates laterally by +fppa => knee apex medial
                double kx = 420 * s1, ky = 420 * c1;
                P2 hip = Img(side, view, 0, 0), knee = Img(side, view, kx, ky), ankle = Img(side, view, kx + 400 * s2, ky + 400 * c2);
                Assert.InRange(Geometry2D.Fppa(hip, knee, ankle, side, view), fppa - Tol, fppa + Tol);
            }
    }

    [Theory]
    [MemberData(nameof(SidesAndViews))]
    public void Fppa_valgus_means_knee_towards_the_midline_on_screen(Side side, CameraView view)
    {
        // Straight vertical hip and ankle; knee moved towards the image centre line between the legs.
        double midlineX = Centre.X;
        double legX = midlineX + Geometry2D.LateralSign(side, view) * 100;
        double towardMidline = Math.Sign(midlineX - legX) * 30;
        P2 hip = new(legX, 0), knee = new(legX + towardMidline, 400), ankle = new(legX, 800);
        Assert.True(Geometry2D.Fppa(hip, knee, ankle, side, view) > 8);
        Assert.True(Geometry2D.MedialKneeOffset(hip, knee, ankle, side, view) > 29.9);
        P2 kneeOut = new(legX - towardMidline, 400);
        Assert.True(Geometry2D.Fppa(hip, kneeOut, ankle, side, view) < -8);
    }

    [Theory]
    [MemberData(nameof(SidesAndViews))]
    public void Medial_knee_offset_is_the_exact_perpendicular_distance(Side side, CameraView view)
    {
        foreach (double tilt in new[] { -10.0, 0, 6 })
            foreach (double m in new[] { -25.0, 0, 12.5, 40 })
            {
                var (s, c) = SinCos(tilt);
                // hip->ankle line along (s, c); knee at mid-length, displaced medially (−lateral) by m perpendicular to it.
                double kx = 400 * s - m * c, ky = 400 * c + m * s;
                P2 hip = Img(side, view, 0, 0), ankle = Img(side, view, 800 * s, 800 * c), knee = Img(side, view, kx, ky);
                Assert.InRange(Geometry2D.MedialKneeOffset(hip, knee, ankle, side, view), m - 1e-6, m + 1e-6);
            }
    }

    [Theory]
    [MemberData(nameof(SidesAndViews))]
    public void Pelvic_drop_is_exact_and_positive_when_the_other_hip_is_lower(Side stance, CameraView view)
    {
        foreach (double drop in new[] { -6.0, 0, 2.8, 9.1 })
        {
            var (s, c) = SinCos(drop);
            P2 stanceHip = Img(stance, view, 90, 0);
            P2 otherHip = Img(stance, view, 90 - 180 * c, 180 * s);   // towards and beyond the midline, lower by `drop`
            P2 left = stance == Side.Left ? stanceHip : otherHip, right = stance == Side.Left ? otherHip : stanceHip;
            Assert.InRange(Geometry2D.PelvicDrop(left, right, stance, view), drop - Tol, drop + Tol);
        }
    }

    [Theory]
    [MemberData(nameof(SidesAndViews))]
    public void Hip_adduction_adds_pelvic_drop_and_medial_femur_tilt(Side side, CameraView view)
    {
        foreach (double drop in new[] { -4.0, 0, 5.0 })
            foreach (double femur in new[] { -8.0, 0, 3.0, 11.0 })
            {
                var (sd, cd) = SinCos(drop);
                var (sf, cf) = SinCos(femur);
                P2 hip = Img(side, view, 90, 0);
                P2 other = Img(side, view, 90 - 180 * cd, 180 * sd);
                P2 knee = Img(side, view, 90 - 420 * sf, 420 * cf);   // femur tilted medially by `femur`
                P2 left = side == Side.Left ? hip : other, right = side == Side.Left ? other : hip;
                double truth = drop + femur;
                Assert.InRange(Geometry2D.HipAdduction(left, right, knee, side, view), truth - Tol, truth + Tol);
            }
    }

    [Theory]
    [MemberData(nameof(SidesAndViews))]
    public void Trunk_lean_is_positive_towards_the_stance_side(Side stance, CameraView view)
    {
        foreach (double lean in new[] { -9.0, 0, 4.4, 15 })
        {
            var (s, c) = SinCos(lean);
            P2 midHip = Img(stance, view, 0, 0), midShoulder = Img(stance, view, 500 * s, -500 * c);
            Assert.InRange(Geometry2D.TrunkLeanFrontal(midHip, midShoulder, stance, view), lean - Tol, lean + Tol);
        }
    }

    [Theory]
    [InlineData(Side.Left)]
    [InlineData(Side.Right)]
    public void Rearfoot_eversion_is_exact_in_posterior_view_and_positive_for_a_lateral_heel(Side side)
    {
        const CameraView view = CameraView.Posterior;
        foreach (double shank in new[] { -5.0, 0, 4.0 })
            foreach (double ev in new[] { -7.0, 0, 6.0, 12.0 })
            {
                var (s1, c1) = SinCos(shank);
                var (s2, c2) = SinCos(shank + ev);   // heel line deviates laterally by `ev`
                P2 knee = Img(side, view, 0, 0), ankle = Img(side, view, 400 * s1, 400 * c1);
                P2 heel = Img(side, view, 400 * s1 + 60 * s2, 400 * c1 + 60 * c2);
                Assert.InRange(Geometry2D.RearfootEversion(knee, ankle, heel, side, view), ev - Tol, ev + Tol);
            }
        // Screen check: posterior view, the right foot's lateral side is image right.
        P2 k = new(500, 0), a = new(500, 400), h = new(side == Side.Right ? 510 : 490, 460);
        Assert.True(Geometry2D.RearfootEversion(k, a, h, side, view) > 5);
    }

    [Fact]
    public void Knee_flexion_is_exact_in_any_orientation()
    {
        foreach (double thigh in new[] { -30.0, 0, 20, 75 })
            foreach (double flex in new[] { 0.0, 12.3, 45, 90, 120 })
            {
                var (s1, c1) = SinCos(thigh);
                var (s2, c2) = SinCos(thigh - flex);
                P2 hip = new(100, 100), knee = new(100 + 400 * s1, 100 + 400 * c1), ankle = new(knee.X + 380 * s2, knee.Y + 380 * c2);
                Assert.InRange(Geometry2D.KneeFlexion(hip, knee, ankle), flex - Tol, flex + Tol);
            }
    }

    [Theory]
    [InlineData(CameraView.LeftSagittal)]
    [InlineData(CameraView.RightSagittal)]
    public void Trunk_forward_lean_and_overstride_are_positive_in_the_direction_faced(CameraView view)
    {
        int fwd = Geometry2D.FacingSign(view);
        foreach (double lean in new[] { -5.0, 0, 8.5, 20 })
        {
            var (s, c) = SinCos(lean);
            P2 midHip = new(640, 500), midShoulder = new(640 + fwd * 450 * s, 500 - 450 * c);
            Assert.InRange(Geometry2D.TrunkForwardLean(midHip, midShoulder, view), lean - Tol, lean + Tol);
        }
        P2 hip = new(640, 500), heel = new(640 + fwd * 120, 950);
        Assert.Equal(120, Geometry2D.OverstrideOffset(hip, heel, view), 9);
    }

    [Fact]
    public void Knee_ankle_separation_ratio_is_the_ratio_of_horizontal_separations()
    {
        double r = Geometry2D.KneeAnkleSeparationRatio(new(600, 400), new(700, 400), new(560, 800), new(760, 800), CameraView.Frontal);
        Assert.Equal(0.5, r, 12);
    }

    [Fact]
    public void Wrong_view_gives_NaN_never_a_number()
    {
        P2 a = new(0, 0), b = new(10, 100), c = new(0, 200);
        foreach (var v in new[] { CameraView.LeftSagittal, CameraView.RightSagittal, CameraView.Oblique, CameraView.Unknown })
        {
            Assert.True(double.IsNaN(Geometry2D.Fppa(a, b, c, Side.Left, v)));
            Assert.True(double.IsNaN(Geometry2D.PelvicDrop(a, b, Side.Left, v)));
            Assert.True(double.IsNaN(Geometry2D.HipAdduction(a, b, c, Side.Left, v)));
            Assert.True(double.IsNaN(Geometry2D.TrunkLeanFrontal(a, b, Side.Left, v)));
            Assert.True(double.IsNaN(Geometry2D.RearfootEversion(a, b, c, Side.Left, v)));
        }
        Assert.True(double.IsNaN(Geometry2D.RearfootEversion(a, b, c, Side.Left, CameraView.Frontal)));
        Assert.True(double.IsNaN(Geometry2D.TrunkForwardLean(a, b, CameraView.Frontal)));
        Assert.True(double.IsNaN(Geometry2D.Fppa(a, new P2(double.NaN, 1), c, Side.Left, CameraView.Frontal)));
    }
}
