using System;

namespace Microsoft.Xrm.Sdk
{
    public static class IPluginExecutionContextExtensions
    {
        private const int PreOperationStage = 20;
        private const int PostOperationStage = 40;

        /// <summary>True for the stages that run inside the main database transaction (20 to 40).</summary>
        // https://learn.microsoft.com/en-us/dotnet/api/microsoft.xrm.sdk.ipluginexecutioncontextextensions.iswithinmaintransaction
        public static bool IsWithinMainTransaction(this IPluginExecutionContext context)
        {
            if (context == null)
            {
                throw new ArgumentNullException(nameof(context));
            }

            return context.Stage >= PreOperationStage && context.Stage <= PostOperationStage;
        }
    }
}
