using GaitCheck.Pose.Tracking;
using OpenCvSharp;

namespace GaitCheck.Pose.Tests;

public sealed class SubjectSelectorTests
{
    private static Detection Person(float score, float hipX, float hipY, float radius) =>
        new(score, hipX - 20, hipY - radius, 40, 40, [new Point2f(hipX, hipY), new Point2f(hipX, hipY - radius), new Point2f(hipX, hipY - radius / 2), new Point2f(hipX, hipY - radius)]);

    [Fact]
    public void Default_picks_the_largest_central_person_not_the_highest_score()
    {
        var small = Person(0.99f, 960, 540, 100);
        var big = Person(0.7f, 900, 560, 400);
        var corner = Person(0.9f, 100, 100, 420);
        var chosen = new SubjectSelector().Select([small, corner, big], 1920, 1080, null, 0);
        Assert.Same(big, chosen);
    }

    [Fact]
    public void Person_hint_picks_the_detection_containing_the_point()
    {
        var a = Person(0.9f, 500, 500, 300);
        var b = Person(0.8f, 1400, 500, 200);
        Assert.Same(b, new SubjectSelector(new Point2f(1450, 450)).Select([a, b], 1920, 1080, null, 0));
        Assert.Same(a, new SubjectSelector(new Point2f(300, 300)).Select([a, b], 1920, 1080, null, 0));
        // A point far from everyone: nobody yet (the intended person may walk in later).
        Assert.Null(new SubjectSelector(new Point2f(1000, 1050)).Select([a, b], 1920, 1080, null, 0));
    }

    [Fact]
    public void Reacquisition_keeps_the_subject_and_ignores_a_bigger_bystander()
    {
        var subject = Person(0.6f, 400, 600, 150);
        var bystander = Person(0.95f, 1300, 600, 400);
        var last = RoiCalculator.FromDetection(Person(1, 420, 610, 160));
        Assert.Same(subject, new SubjectSelector().Select([bystander, subject], 1920, 1080, last, 0.1));
        // With only the bystander visible, the subject stays lost rather than jumping.
        Assert.Null(new SubjectSelector().Select([bystander], 1920, 1080, last, 0.1));
    }
}
