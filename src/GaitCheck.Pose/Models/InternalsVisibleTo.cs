[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("GaitCheck.ModelImport.Tests")]
