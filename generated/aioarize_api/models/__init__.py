"""Contains all the data models used in inputs/outputs

Model modules are imported on first use (PEP 562): the whole API has hundreds
of models, and importing all of them would dominate `import aioarize`.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .input_variable_format import InputVariableFormat
    from .integration_base import IntegrationBase
    from .integration_list_response import IntegrationListResponse
    from .integration_scoping import IntegrationScoping
    from .integration_type import IntegrationType
    from .invocation_params import InvocationParams
    from .llm_config_base import LlmConfigBase
    from .llm_generation_run_config import LlmGenerationRunConfig
    from .llm_generation_run_config_experiment_type import (
        LlmGenerationRunConfigExperimentType,
    )
    from .llm_generation_run_config_provider_parameters import (
        LlmGenerationRunConfigProviderParameters,
    )
    from .llm_integration import LlmIntegration
    from .llm_integration_type import LlmIntegrationType
    from .llm_message import LLMMessage
    from .message_role import MessageRole
    from .open_ai_config import OpenAiConfig
    from .open_ai_config_provider import OpenAiConfigProvider
    from .pagination_metadata import PaginationMetadata
    from .problem import Problem
    from .response_format import ResponseFormat
    from .response_format_json_schema import ResponseFormatJsonSchema
    from .response_format_json_schema_schema import ResponseFormatJsonSchemaSchema
    from .response_format_type import ResponseFormatType
    from .task import Task
    from .task_evaluator import TaskEvaluator
    from .task_evaluator_column_mappings_type_0 import TaskEvaluatorColumnMappingsType0
    from .task_list_response import TaskListResponse
    from .task_type import TaskType
    from .template_evaluation_run_config import TemplateEvaluationRunConfig
    from .template_evaluation_run_config_classification_choices import (
        TemplateEvaluationRunConfigClassificationChoices,
    )
    from .template_evaluation_run_config_column_mapping import (
        TemplateEvaluationRunConfigColumnMapping,
    )
    from .template_evaluation_run_config_experiment_type import (
        TemplateEvaluationRunConfigExperimentType,
    )
    from .template_evaluation_run_config_provider_parameters import (
        TemplateEvaluationRunConfigProviderParameters,
    )
    from .tool_call import ToolCall
    from .tool_call_function import ToolCallFunction
    from .tool_call_type import ToolCallType
    from .tool_config import ToolConfig
    from .tool_config_tools_item import ToolConfigToolsItem

__all__ = (
    "InputVariableFormat",
    "IntegrationBase",
    "IntegrationListResponse",
    "IntegrationScoping",
    "IntegrationType",
    "InvocationParams",
    "LlmConfigBase",
    "LlmGenerationRunConfig",
    "LlmGenerationRunConfigExperimentType",
    "LlmGenerationRunConfigProviderParameters",
    "LlmIntegration",
    "LlmIntegrationType",
    "LLMMessage",
    "MessageRole",
    "OpenAiConfig",
    "OpenAiConfigProvider",
    "PaginationMetadata",
    "Problem",
    "ResponseFormat",
    "ResponseFormatJsonSchema",
    "ResponseFormatJsonSchemaSchema",
    "ResponseFormatType",
    "Task",
    "TaskEvaluator",
    "TaskEvaluatorColumnMappingsType0",
    "TaskListResponse",
    "TaskType",
    "TemplateEvaluationRunConfig",
    "TemplateEvaluationRunConfigClassificationChoices",
    "TemplateEvaluationRunConfigColumnMapping",
    "TemplateEvaluationRunConfigExperimentType",
    "TemplateEvaluationRunConfigProviderParameters",
    "ToolCall",
    "ToolCallFunction",
    "ToolCallType",
    "ToolConfig",
    "ToolConfigToolsItem",
)

# Which module defines each name in __all__.
_MODULES = {
    "InputVariableFormat": "input_variable_format",
    "IntegrationBase": "integration_base",
    "IntegrationListResponse": "integration_list_response",
    "IntegrationScoping": "integration_scoping",
    "IntegrationType": "integration_type",
    "InvocationParams": "invocation_params",
    "LlmConfigBase": "llm_config_base",
    "LlmGenerationRunConfig": "llm_generation_run_config",
    "LlmGenerationRunConfigExperimentType": "llm_generation_run_config_experiment_type",
    "LlmGenerationRunConfigProviderParameters": "llm_generation_run_config_provider_parameters",
    "LlmIntegration": "llm_integration",
    "LlmIntegrationType": "llm_integration_type",
    "LLMMessage": "llm_message",
    "MessageRole": "message_role",
    "OpenAiConfig": "open_ai_config",
    "OpenAiConfigProvider": "open_ai_config_provider",
    "PaginationMetadata": "pagination_metadata",
    "Problem": "problem",
    "ResponseFormat": "response_format",
    "ResponseFormatJsonSchema": "response_format_json_schema",
    "ResponseFormatJsonSchemaSchema": "response_format_json_schema_schema",
    "ResponseFormatType": "response_format_type",
    "Task": "task",
    "TaskEvaluator": "task_evaluator",
    "TaskEvaluatorColumnMappingsType0": "task_evaluator_column_mappings_type_0",
    "TaskListResponse": "task_list_response",
    "TaskType": "task_type",
    "TemplateEvaluationRunConfig": "template_evaluation_run_config",
    "TemplateEvaluationRunConfigClassificationChoices": "template_evaluation_run_config_classification_choices",
    "TemplateEvaluationRunConfigColumnMapping": "template_evaluation_run_config_column_mapping",
    "TemplateEvaluationRunConfigExperimentType": "template_evaluation_run_config_experiment_type",
    "TemplateEvaluationRunConfigProviderParameters": "template_evaluation_run_config_provider_parameters",
    "ToolCall": "tool_call",
    "ToolCallFunction": "tool_call_function",
    "ToolCallType": "tool_call_type",
    "ToolConfig": "tool_config",
    "ToolConfigToolsItem": "tool_config_tools_item",
}

# Only at run time: mypy reads the imports above, so a misspelt name stays an error.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        # __import__ rather than importlib.import_module: -X importtime reports
        # only imports made through it, and then charges each model to its module.
        value = getattr(__import__(module, globals(), None, (name,), 1), name)
        globals()[name] = value  # later lookups skip __getattr__
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
