using Catalog.Cli;

return (int)CatalogApp.Run(args, Console.Out, Console.Error);
