"""Contains all the data models used in inputs/outputs"""

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
from .unknown_integration import UnknownIntegration
from .unknown_llm_config import UnknownLlmConfig
from .unknown_run_configuration import UnknownRunConfiguration

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
    "UnknownIntegration",
    "UnknownLlmConfig",
    "UnknownRunConfiguration",
)
