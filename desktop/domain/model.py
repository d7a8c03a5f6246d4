"""Open-weight models: what sizing needs from config.json, and the support facts of question 4."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .provenance import Record

Modality = Literal["text", "image", "audio", "video"]
Engine = Literal["vllm", "sglang", "llama.cpp", "ollama", "trt-llm", "mlx", "transformers"]
Capability = Literal["reasoning", "coding", "vision", "tool-use", "multilingual", "long-context", "chat"]


class KeptTensors(BaseModel):
    """A published quantised checkpoint that keeps more tensors in BF16 than its precision suggests."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    precision: str = Field(description="the checkpoint's weight precision as the sizing engine names it")
    checkpoint: str = Field(description="HF repo id of the quantised checkpoint")
    params_b: float = Field(ge=0, description="parameters kept in BF16, billions")
    tensors: str = Field(description="which tensors, in words (e.g. 'attention, first and last layer, embeddings')")


class Architecture(BaseModel):
    """The numbers the sizing engine reads (from the model's config.json)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    layers: int = Field(gt=0, description="num_hidden_layers")
    hidden_size: int = Field(gt=0)
    attention_heads: int = Field(gt=0)
    kv_heads: int = Field(gt=0, description="num_key_value_heads (1 for MLA: one latent per layer)")
    head_dim: int = Field(gt=0, description="config head_dim, which may differ from hidden/heads")
    vocab_size: int = Field(gt=0)
    intermediate_size: int | None = Field(default=None, gt=0)
    params_total_b: float = Field(gt=0, description="all parameters, billions")
    params_active_b: float = Field(gt=0, description="parameters used per token, billions")
    attention: Literal["mha", "gqa", "mqa", "mla"] = "gqa"
    # MoE
    experts: int = Field(default=0, ge=0, description="routed experts per MoE layer (0 = dense)")
    experts_per_token: int = Field(default=0, ge=0)
    shared_experts: int = Field(default=0, ge=0)
    moe_layers: int | None = Field(default=None, ge=0, description="layers with MoE (default: all)")
    expert_params_b: float | None = Field(
        default=None, ge=0, description="parameters in routed experts, billions (quantised in MoE-only 4-bit)"
    )
    # MLA (DeepSeek): KV per token per layer = kv_lora_rank + qk_rope_head_dim
    kv_lora_rank: int | None = Field(default=None, gt=0)
    qk_rope_head_dim: int | None = Field(default=None, gt=0)
    # Local attention layers cap their KV at the window or chunk
    sliding_window: int | None = Field(default=None, gt=0)
    sliding_window_layers: int = Field(default=0, ge=0, description="how many layers are local")
    chunked_attention: int | None = Field(default=None, gt=0, description="Llama 4 attention_chunk_size")
    chunked_layers: int = Field(default=0, ge=0)
    linear_attention_layers: int = Field(
        default=0, ge=0, description="layers with a constant-size recurrent state (hybrid models)"
    )
    tie_word_embeddings: bool = False
    native_dtype: Literal["bf16", "fp16", "fp8", "mxfp4", "fp32"] = "bf16"
    bf16_params_b: float | None = Field(
        default=None,
        ge=0,
        description="parameters the published quantised checkpoint keeps in BF16 (e.g. gpt-oss attention)",
    )
    kept_bf16: list[KeptTensors] = Field(
        default_factory=list,
        description="quantised checkpoints of this model that keep named tensors in BF16; the first of a precision "
        "is the publisher's and the default",
    )

    @model_validator(mode="after")
    def _consistent(self) -> Architecture:
        if self.params_active_b > self.params_total_b * 1.001:
            raise ValueError("params_active_b exceeds params_total_b")
        if self.experts and not self.experts_per_token:
            raise ValueError("an MoE model needs experts_per_token")
        if self.experts_per_token > max(self.experts, 0):
            raise ValueError("experts_per_token exceeds experts")
        if self.attention == "mla" and not (self.kv_lora_rank and self.qk_rope_head_dim):
            raise ValueError("attention = 'mla' needs kv_lora_rank and qk_rope_head_dim")
        local = self.sliding_window_layers + self.chunked_layers + self.linear_attention_layers
        if local > self.layers:
            raise ValueError("more local/linear layers than layers")
        if self.sliding_window_layers and not self.sliding_window:
            raise ValueError("sliding_window_layers needs sliding_window")
        if self.chunked_layers and not self.chunked_attention:
            raise ValueError("chunked_layers needs chunked_attention")
        return self

    @property
    def is_moe(self) -> bool:
        return self.experts > 0

    def kept_bf16_for(self, precision: str, checkpoint: str | None = None) -> KeptTensors | None:
        """The recorded checkpoint at this precision: the named one, or the publisher's when none is named."""
        for kept in self.kept_bf16:
            if kept.precision == precision and (checkpoint is None or kept.checkpoint.lower() == checkpoint.lower()):
                return kept
        return None


class Support(BaseModel):
    """Question 4: who maintains it and what runs it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    maintainer: str
    engines: list[Engine] = Field(default_factory=list)
    last_update: dt.date | None = None
    community: Literal["large", "medium", "small"] = "medium"


class Model(Record):
    """An open-weight model, keyed by its Hugging Face repo id."""

    name: str
    family: str
    publisher: str
    aliases: list[str] = Field(default_factory=list, description="older repo ids that now redirect")
    release_date: dt.date
    license_ids: list[str] = Field(
        min_length=1, description="every license that applies; a derived model also carries its base's"
    )
    base_model: str | None = Field(default=None, description="repo id of the model it was derived from")
    modalities: list[Modality] = Field(min_length=1, description="input modalities")
    languages: list[str] = Field(
        default_factory=list, description="ISO 639-1 codes the publisher names as supported (empty: not stated here)"
    )
    context_length: int = Field(gt=0)
    capabilities: list[Capability] = Field(default_factory=list)
    quality_tier: Literal["frontier", "strong", "mid", "small"] = Field(
        description="rough standing in 2026: frontier = competes with the best proprietary models"
    )
    architecture: Architecture
    support: Support

    @property
    def multimodal(self) -> bool:
        return any(m != "text" for m in self.modalities)
