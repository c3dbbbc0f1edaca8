import PipelineCore
import Stages
print(BuiltInStages.registry().names)
